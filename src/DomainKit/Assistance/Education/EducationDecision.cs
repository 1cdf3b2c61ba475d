using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "which pupils of this household get education assistance, how much a year, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class EducationDecision : AssistanceDecision
{
    private readonly Household household;
    private readonly EducationTerms terms;

    internal EducationDecision(Household household, EducationTerms terms, EducationAssessment assessment)
        : base(terms.Date, terms.ExtremePoverty.Dibao.Policy)
    {
        this.household = household;
        this.terms = terms;
        Assessment = assessment;
    }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public EducationAssessment Assessment { get; }

    /// <inheritdoc />
    private protected override string SummaryKey => Assessment.IsEligible ? MessageKeys.EducationSummary : MessageKeys.EducationSummaryNone;

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("members", MemberList(Assessment.Pupils)),
        MessageArgument.Of("amount", Assessment.AnnualTotal),
    ];

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => EducationExplainer.Steps(household, terms);
}
