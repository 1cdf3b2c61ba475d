using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>
/// The explained answer to "does this household qualify for dibao on this date under this policy,
/// how much, and why?": outcome, monthly benefit, the figures behind them, and an explanation tree
/// citing rule IDs, parameter values with their provenance, and the inputs read.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class DibaoDecision : AssistanceDecision
{
    private readonly Household household;
    private readonly DibaoTerms terms;
    private readonly DibaoFigures figures;

    // The figures the decision reports are read from what it keeps to explain itself, so a decision carries each once.
    internal DibaoDecision(Household household, DibaoTerms terms, DibaoFigures figures)
        : base(terms.Date, terms.Policy)
    {
        this.household = household;
        this.terms = terms;
        this.figures = figures;
    }

    /// <summary>The outcome and benefit alone, as the fast path returns them.</summary>
    public DibaoAssessment Assessment => figures.Assessment;

    /// <summary>Whether the household qualifies.</summary>
    public DibaoOutcome Outcome => Assessment.Outcome;

    /// <summary>The monthly benefit, rounded half away from zero to the fen; zero when ineligible.</summary>
    public Money MonthlyBenefit => Assessment.MonthlyBenefit;

    /// <summary>How many people the household lists.</summary>
    public int ListedMembers => figures.MeansTest.ListedMembers;

    /// <summary>How many of them count as members on the date (HH-01, HH-02).</summary>
    public int CountedMembers => figures.MeansTest.CountedMembers;

    /// <summary>Counted income over the assessment window (HH-03).</summary>
    public Money CountedIncome => Money.FromFen(figures.MeansTest.CountedIncomeFen);

    /// <summary>
    /// Per-capita monthly income (HH-04), rounded to the fen for display only: eligibility compares
    /// exact totals. Zero when no member counts.
    /// </summary>
    public Money PerCapitaMonthlyIncome => DibaoExplainer.PerCapita(terms.MeansTest, figures);

    /// <summary>The monthly dibao standard applied (DB-01).</summary>
    public Money StandardMonthly => terms.StandardMonthly.Value;

    /// <inheritdoc />
    private protected override string SummaryKey => Assessment.Outcome switch
    {
        DibaoOutcome.Eligible => MessageKeys.DibaoSummaryEligible,
        DibaoOutcome.GradualExit => MessageKeys.DibaoSummaryGradualExit,
        _ => MessageKeys.DibaoSummaryIneligible,
    };

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("amount", MonthlyBenefit),
    ];

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => DibaoExplainer.Steps(household, terms, figures);
}
