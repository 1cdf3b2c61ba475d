using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The minimum living guarantee (最低生活保障, dibao): eligibility (DB-01) and the gap-filling monthly
/// benefit (DB-02), on the means test of HH-01 to HH-05.
/// </summary>
/// <remarks>
/// <para>Two paths with one meaning:</para>
/// <list type="bullet">
/// <item><see cref="Decide(Household, PolicySet, LocalDate)"/> returns a <see cref="DibaoDecision"/> with its full explanation.</item>
/// <item><see cref="Assess(Household, DibaoTerms)"/> and <see cref="AssessAll"/> return only outcome and
/// benefit, allocating nothing per household, on terms resolved once with <see cref="DibaoTerms.Resolve"/>.</item>
/// </list>
/// <para>
/// Both are pure: the date is an argument, nothing is read from a clock or a file. Income is
/// eligible when the exact total over the window is below standard × counted members × months;
/// a per-capita income equal to the standard is not below it. All members are thread-safe.
/// </para>
/// </remarks>
public static class Dibao
{
    /// <summary>The rule ID of dibao eligibility.</summary>
    public const string EligibilityRuleId = "DB-01";

    /// <summary>The rule ID of the dibao benefit amount.</summary>
    public const string BenefitRuleId = "DB-02";

    /// <summary>Decides dibao for a household, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision, or Invalid when the policy set lacks a value in effect on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="policy"/> is null.</exception>
    public static Result<DibaoDecision> Decide(Household household, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        return DibaoTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.MeansTest, () => Decide(household, t)));
    }

    /// <summary>Decides dibao for a household on terms already resolved, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="terms"/> is null.</exception>
    public static DibaoDecision Decide(Household household, DibaoTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        return DibaoExplainer.Explain(household, terms, DibaoFigures.Compute(household, terms));
    }

    /// <summary>Assesses dibao for a household: outcome and benefit only.</summary>
    /// <param name="household">The household.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The assessment, or Invalid when the policy set lacks a value in effect on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="policy"/> is null.</exception>
    public static Result<DibaoAssessment> Assess(Household household, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        return DibaoTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.MeansTest, () => Assess(household, t)));
    }

    /// <summary>Assesses dibao for a household on resolved terms, allocating nothing.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The outcome and monthly benefit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="terms"/> is null.</exception>
    public static DibaoAssessment Assess(Household household, DibaoTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        var figures = DibaoFigures.Compute(household, terms);
        return figures.Assessment;
    }

    /// <summary>Assesses a batch of households on one set of terms, allocating nothing.</summary>
    /// <param name="households">The households.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per household, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or any household is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="households"/>.</exception>
    public static void AssessAll(ReadOnlySpan<Household> households, DibaoTerms terms, Span<DibaoAssessment> results) =>
        Batch.Run(households, terms, results, static (item, t) => Assess(item, t));
}
