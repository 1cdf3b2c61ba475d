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
        var terms = EducationTerms.Resolve(policy, date);
        return terms.IsSuccess
            ? Result<EducationDecision>.Success(EducationExplainer.Explain(household, terms.Value))
            : Result<EducationDecision>.Invalid(terms.ValidationErrors);
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
}
