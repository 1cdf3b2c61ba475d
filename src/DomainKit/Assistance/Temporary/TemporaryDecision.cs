using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to a temporary-assistance request: the grant, how it is paid, where the application goes, and why.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class TemporaryDecision : AssistanceDecision
{
    private readonly Household household;
    private readonly TemporaryAssistanceRequest request;
    private readonly TemporaryTerms terms;
    private readonly TemporaryFigures figures;

    internal TemporaryDecision(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms, TemporaryFigures figures)
        : base(terms.Date, terms.Dibao.Policy)
    {
        this.household = household;
        this.request = request;
        this.terms = terms;
        this.figures = figures;
        var assessment = figures.Assessment;
        Assessment = assessment;
        PaperworkDeadlineDays = assessment.PayFirst ? terms.PaperworkDeadlineDays?.Value : null;
    }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public TemporaryAssessment Assessment { get; }

    /// <summary>The grant.</summary>
    public Money Amount => Assessment.Amount;

    /// <summary>For an aid-first payment, the working days to complete the paperwork, when the policy sets them (ZF-TA-01).</summary>
    public int? PaperworkDeadlineDays { get; }

    /// <inheritdoc />
    private protected override string SummaryKey => Assessment.Granted ? MessageKeys.TemporarySummaryGranted : MessageKeys.TemporarySummaryRefused;

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("amount", Amount),
        MessageArgument.Of("instalments", Assessment.Instalments.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => TemporaryExplainer.Steps(household, request, terms, figures);
}
