using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "is this an expenditure-hardship household, under which rule, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExpenditureDecision : AssistanceDecision
{
    private readonly Household household;
    private readonly ExpenditureClaim claim;
    private readonly ExpenditureTerms terms;
    private readonly ExpenditureFigures figures;

    internal ExpenditureDecision(Household household, ExpenditureClaim claim, ExpenditureTerms terms, ExpenditureFigures figures)
        : base(terms.Date, terms.Margin.Dibao.Policy)
    {
        this.household = household;
        this.claim = claim;
        this.terms = terms;
        this.figures = figures;
        Assessment = figures.Assessment(terms.Rule.Value);
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

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => ExpenditureExplainer.Steps(household, claim, terms, figures);
}
