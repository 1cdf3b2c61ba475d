using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Low-income margin households (低保边缘家庭, policy-spec MD-01, MD-02): not dibao and without
/// extreme-poverty members, per-capita income below a multiple of the dibao standard, property test
/// passed; their severely disabled or seriously ill members may be enrolled alone in dibao.
/// </summary>
/// <remarks>
/// Two paths with one meaning, as for <see cref="Dibao"/>. The hierarchy holds by construction: a
/// household that qualifies for dibao is never margin. Pure and thread-safe.
/// </remarks>
public static class Margin
{
    /// <summary>The rule ID of margin eligibility.</summary>
    public const string RuleId = "MD-01";

    /// <summary>The rule ID of single-member dibao for margin households.</summary>
    public const string SingleMemberDibaoRuleId = "MD-02";

    /// <summary>Decides margin status, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision, or Invalid when the policy set lacks a value in effect on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="policy"/> is null.</exception>
    public static Result<MarginDecision> Decide(Household household, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        return MarginTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.ExtremePoverty.Dibao.MeansTest, () => Decide(household, t)));
    }

    /// <summary>Decides margin status on resolved terms, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="terms"/> is null.</exception>
    public static MarginDecision Decide(Household household, MarginTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        return MarginExplainer.Explain(household, terms, MarginFigures.Compute(household, terms));
    }

    /// <summary>Assesses margin status on resolved terms, allocating nothing.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="terms"/> is null.</exception>
    public static MarginAssessment Assess(Household household, MarginTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        return MarginFigures.Compute(household, terms).Assessment;
    }

    /// <summary>Assesses a batch of households on one set of terms, allocating nothing.</summary>
    /// <param name="households">The households.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per household, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or any household is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="households"/>.</exception>
    public static void AssessAll(ReadOnlySpan<Household> households, MarginTerms terms, Span<MarginAssessment> results) =>
        Batch.Run(households, terms, results, static (item, t) => Assess(item, t));
}
