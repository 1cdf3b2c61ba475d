using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "which members of this household are extreme-poverty persons on this date, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExtremePovertyDecision : AssistanceDecision
{
    internal ExtremePovertyDecision(ExtremePovertyTerms terms, ExtremePovertyAssessment assessment, Explanation explanation)
        : base(terms.Date, terms.Dibao.Policy, explanation)
    {
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
}
