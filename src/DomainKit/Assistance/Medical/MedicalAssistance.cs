using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Medical assistance (医疗救助, policy-spec MA-01 to MA-07, ZF-MA-01 to ZF-MA-04): for a bill, the
/// patient's group, the scheme that covers it, and each stage's deductible, banded ratio and annual cap
/// applied to what insurance and earlier stages left unpaid; and the premium subsidy.
/// </summary>
/// <remarks>
/// Two paths with one meaning, as for <see cref="Dibao"/>. The Zhifu reform (serious-illness ratio
/// 60% → 80%, cap 10,000 → 30,000) is a dated value of <see cref="MedicalParameters.SchemeSeriousIllness"/>
/// in the zhifu-pilot preset. Pure and thread-safe.
/// </remarks>
public static class MedicalAssistance
{
    /// <summary>The rule ID of who is covered.</summary>
    public const string CoverageRuleId = "MA-01";

    /// <summary>Decides medical assistance for a bill, with the full explanation.</summary>
    /// <param name="household">The patient's household.</param>
    /// <param name="bill">The bill.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision; or Invalid for a bill that does not fit the household, or a policy lacking a value in effect on the date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<MedicalDecision> Decide(Household household, MedicalBill bill, PolicySet policy, LocalDate date)
    {
        var claim = MedicalClaim.Create(household, bill);
        if (!claim.IsSuccess)
        {
            return Result<MedicalDecision>.Invalid(claim.ValidationErrors);
        }

        return MedicalTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.Margin.ExtremePoverty.Dibao.MeansTest, () => Decide(claim.Value, t)));
    }

    /// <summary>Decides medical assistance for a validated claim on resolved terms, with the full explanation.</summary>
    /// <param name="claim">The bill and household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MedicalDecision Decide(MedicalClaim claim, MedicalTerms terms)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(terms);
        return MedicalExplainer.Explain(claim, terms);
    }

    /// <summary>Assesses medical assistance for a validated claim on resolved terms, allocating nothing.</summary>
    /// <param name="claim">The bill and household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The group, coverage and amount.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MedicalAssessment Assess(MedicalClaim claim, MedicalTerms terms)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(terms);
        return MedicalCalculator.Assess(claim, terms);
    }

    /// <summary>Assesses a batch of claims on one set of terms, allocating nothing.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per claim, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or any claim is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="claims"/>.</exception>
    public static void AssessAll(ReadOnlySpan<MedicalClaim> claims, MedicalTerms terms, Span<MedicalAssessment> results) =>
        Batch.Run(claims, terms, results, static (item, t) => Assess(item, t));

    /// <summary>The premium subsidy for a member (MA-07): the group's share of the premium, rounded half away from zero to the fen.</summary>
    /// <param name="household">The member's household.</param>
    /// <param name="memberIndex">The member's position.</param>
    /// <param name="premium">The member's annual resident medical-insurance premium.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The subsidy; or Invalid for a member index outside the household or a negative premium.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<PremiumSubsidy> SubsidisePremium(Household household, int memberIndex, Money premium, MedicalTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        var claim = MedicalClaim.Create(household, new MedicalBill { MemberIndex = memberIndex, TotalCost = premium });
        if (!claim.IsSuccess)
        {
            return Result<PremiumSubsidy>.Invalid(claim.ValidationErrors.Select(e => Errors.WithPath(
                e,
                e.Identifier.Replace("bill.memberIndex", "memberIndex", StringComparison.Ordinal).Replace("bill.totalCost", "premium", StringComparison.Ordinal))));
        }

        var group = MedicalCalculator.Group(claim.Value, terms);
        var share = terms.PremiumShare(group)?.Value.Value ?? Rate.Zero;
        var amount = premium.MultiplyBy(share);
        return new PremiumSubsidy(group, share, amount, premium - amount);
    }
}
