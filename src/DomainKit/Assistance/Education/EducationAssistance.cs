using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Education assistance (教育救助, policy-spec ED-01): pupils of dibao households and extreme-poverty
/// pupils, in compulsory education and at the other stages the policy assists, and disabled children
/// taught at home, get the stage's annual amount; applications go through the school.
/// </summary>
/// <remarks>
/// The amounts have no source and no default: a policy without <see cref="EducationParameters.Standards"/>
/// yields Invalid naming it, not a zero. Two paths with one meaning, as for <see cref="Dibao"/>. Pure and thread-safe.
/// </remarks>
public static class EducationAssistance
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "ED-01";

    /// <summary>Decides education assistance for a household, with the full explanation.</summary>
    /// <param name="household">The household.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The decision, or Invalid when the policy does not set a needed value on the date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<EducationDecision> Decide(Household household, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(household);
        return EducationTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(household, t.ExtremePoverty.Dibao.MeansTest, () => EducationExplainer.Explain(household, t)));
    }

    /// <summary>Assesses education assistance on resolved terms, allocating nothing.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The pupils assisted and the annual total.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EducationAssessment Assess(Household household, EducationTerms terms)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(terms);
        return EducationCalculator.Assess(household, terms);
    }

    /// <summary>Assesses a batch of households on one set of terms, allocating nothing.</summary>
    /// <param name="households">The households, validated.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one assessment per household, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="households"/>.</exception>
    public static void AssessAll(ReadOnlySpan<Household> households, EducationTerms terms, Span<EducationAssessment> results) =>
        Batch.Run(households, terms, results, static (item, t) => Assess(item, t));
}
