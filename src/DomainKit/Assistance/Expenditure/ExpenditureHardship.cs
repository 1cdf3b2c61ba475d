using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Expenditure-type hardship (支出型贫困, 刚性支出困难) under the rule the policy chooses: the Zhifu rule
/// (ZF-EX-01, the household moves into dibao) or the national 2024 rule (EX-01 to EX-03, with a review date).
/// </summary>
/// <remarks>Two paths with one meaning, as for <see cref="Dibao"/>. Pure and thread-safe.</remarks>
public static class ExpenditureHardship
{
    /// <summary>Validates a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The claim, or Invalid with paths under <c>claim</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public static Result<ExpenditureClaim> Validate(ExpenditureClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ExpenditureClaimChecks.Check(claim) is { } errors ? Result<ExpenditureClaim>.Invalid(errors) : claim;
    }

    /// <summary>Decides expenditure-type hardship, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="claim">What the household declares.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision; or Invalid for a bad claim, or a policy lacking a needed value on the date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<ExpenditureDecision> Decide(Household household, ExpenditureClaim claim, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        var valid = Validate(claim);
        if (!valid.IsSuccess)
        {
            return Result<ExpenditureDecision>.Invalid(valid.ValidationErrors);
        }

        return ExpenditureTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.Margin.ExtremePoverty.Dibao.MeansTest, () => ExpenditureExplainer.Explain(household, claim, t)));
    }

    /// <summary>Assesses a validated claim on resolved terms, allocating nothing.</summary>
    /// <param name="household">The household.</param>
    /// <param name="claim">A claim that <see cref="Validate"/> accepts.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ExpenditureAssessment Assess(Household household, ExpenditureClaim claim, ExpenditureTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(terms);
        return ExpenditureFigures.Compute(household, claim, terms).Assessment(terms.Rule.Value);
    }

    /// <summary>Assesses a batch of claims on one set of terms, allocating nothing.</summary>
    /// <param name="claims">The claims, validated.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per claim, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="claims"/>.</exception>
    public static void AssessAll(ReadOnlySpan<(Household Household, ExpenditureClaim Claim)> claims, ExpenditureTerms terms, Span<ExpenditureAssessment> results) =>
        Batch.Run(claims, terms, results, static (item, t) => Assess(item.Household, item.Claim, t));
}
