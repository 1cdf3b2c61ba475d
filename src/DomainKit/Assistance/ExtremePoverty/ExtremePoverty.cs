using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Extreme poverty (特困人员供养, policy-spec TK-01 to TK-04): a counted member with no ability to work
/// (by age, by disability, or as an enrolled minor), no livelihood (own income below the dibao
/// standard, household property test passed) and nobody able to support them.
/// </summary>
/// <remarks>
/// Like <see cref="Dibao"/>, two paths with one meaning: <see cref="Decide(Household, PolicySet, LocalDate)"/>
/// explains; <see cref="Assess(Household, ExtremePovertyTerms)"/> and <see cref="AssessAll"/> allocate nothing per
/// household. Pure and thread-safe.
/// </remarks>
public static class ExtremePoverty
{
    /// <summary>The rule ID of extreme-poverty eligibility.</summary>
    public const string RuleId = "TK-01";

    /// <summary>Decides extreme poverty for a household's members, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision, or Invalid when the policy set lacks a value in effect on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="policy"/> is null.</exception>
    public static Result<ExtremePovertyDecision> Decide(Household household, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        return ExtremePovertyTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.Dibao.MeansTest, () => Decide(household, t)));
    }

    /// <summary>Decides extreme poverty on resolved terms, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="terms"/> is null.</exception>
    public static ExtremePovertyDecision Decide(Household household, ExtremePovertyTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        return ExtremePovertyExplainer.Explain(household, terms);
    }

    /// <summary>Assesses extreme poverty on resolved terms, allocating nothing.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The members who qualify.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="terms"/> is null.</exception>
    public static ExtremePovertyAssessment Assess(Household household, ExtremePovertyTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        return new ExtremePovertyAssessment(ExtremePovertyChecks.Evaluate(household, terms));
    }

    /// <summary>Assesses a batch of households on one set of terms, allocating nothing.</summary>
    /// <param name="households">The households.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per household, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or any household is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="households"/>.</exception>
    public static void AssessAll(ReadOnlySpan<Household> households, ExtremePovertyTerms terms, Span<ExtremePovertyAssessment> results) =>
        Batch.Run(households, terms, results, static (item, t) => Assess(item, t));
}
