using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "which members of this household are extreme-poverty persons on this date, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExtremePovertyDecision : AssistanceDecision
{
    private readonly Household household;
    private readonly ExtremePovertyTerms terms;

    internal ExtremePovertyDecision(Household household, ExtremePovertyTerms terms, ExtremePovertyAssessment assessment)
        : base(terms.Date, terms.Dibao.Policy)
    {
        this.household = household;
        this.terms = terms;
        Assessment = assessment;
    }

    /// <summary>The members who qualify, as the fast path returns them.</summary>
    public ExtremePovertyAssessment Assessment { get; }

    /// <summary>The members who qualify, by position in the household.</summary>
    public MemberSet EligibleMembers => Assessment.EligibleMembers;

    /// <inheritdoc />
    private protected override string SummaryKey => Assessment.IsEligible ? MessageKeys.ExtremePovertySummaryEligible : MessageKeys.ExtremePovertySummaryNone;

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("members", MemberList(EligibleMembers)),
    ];

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => ExtremePovertyExplainer.Steps(household, terms);
}
