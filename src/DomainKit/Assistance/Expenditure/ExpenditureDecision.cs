using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "is this an expenditure-hardship household, under which rule, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExpenditureDecision : AssistanceDecision
{
    internal ExpenditureDecision(ExpenditureTerms terms, ExpenditureAssessment assessment, Explanation explanation)
        : base(terms.Date, terms.Margin.Dibao.Policy, explanation)
    {
        Assessment = assessment;
    }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public ExpenditureAssessment Assessment { get; }

    /// <inheritdoc />
    private protected override string SummaryKey =>
        !Assessment.IsEligible ? MessageKeys.ExpenditureSummaryNot
        : Assessment.Rule == ExpenditureRule.ZhifuConsumption ? MessageKeys.ExpenditureSummaryZhifu
        : MessageKeys.ExpenditureSummaryNational;

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("review", Assessment.ReviewDue is { } due ? Dates.Format(due) : string.Empty),
    ];
}
