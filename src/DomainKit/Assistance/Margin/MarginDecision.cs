using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "is this household a low-income margin household on this date, and which members are enrolled alone in dibao?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MarginDecision : AssistanceDecision
{
    private readonly Household household;
    private readonly MarginTerms terms;
    private readonly MarginFigures figures;

    internal MarginDecision(Household household, MarginTerms terms, MarginFigures figures)
        : base(terms.Date, terms.Dibao.Policy)
    {
        this.household = household;
        this.terms = terms;
        this.figures = figures;
        Assessment = figures.Assessment;
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
        MessageArgument.Of("amount", Assessment.SingleMemberDibaoMonthly),
    ];

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => MarginExplainer.Steps(household, terms, figures);
}
