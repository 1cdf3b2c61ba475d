using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "is this household a low-income margin household on this date, and which members are enrolled alone in dibao?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MarginDecision : AssistanceDecision
{
    internal MarginDecision(MarginTerms terms, MarginAssessment assessment, Explanation explanation)
        : base(terms.Date, terms.Dibao.Policy, explanation)
    {
        Assessment = assessment;
    }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public MarginAssessment Assessment { get; }

    /// <summary>Whether the household is a margin household.</summary>
    public bool IsMargin => Assessment.IsMargin;

    /// <summary>Why the household is not margin, or <see cref="MarginExclusion.None"/>.</summary>
    public MarginExclusion Exclusion => Assessment.Exclusion;

    /// <inheritdoc />
    private protected override string SummaryKey =>
        !IsMargin ? MessageKeys.MarginSummaryNot
        : Assessment.SingleMemberDibao.IsEmpty ? MessageKeys.MarginSummary
        : MessageKeys.MarginSummaryWithSingle;

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("members", MemberList(Assessment.SingleMemberDibao)),
        MessageArgument.Of("amount", Assessment.SingleMemberDibaoMonthly.ToString()),
    ];
}
