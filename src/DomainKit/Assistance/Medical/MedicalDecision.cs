using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "how much medical assistance is due for this bill, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MedicalDecision : AssistanceDecision
{
    private readonly MedicalClaim claim;
    private readonly MedicalTerms terms;
    private MedicalStageResult[]? stages;

    internal MedicalDecision(MedicalClaim claim, MedicalTerms terms, MedicalAssessment assessment)
        : base(terms.Date, terms.Margin.Dibao.Policy)
    {
        this.claim = claim;
        this.terms = terms;
        Assessment = assessment;
        Remainder = claim.Bill.Remainder;
    }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public MedicalAssessment Assessment { get; }

    /// <summary>The patient's group (MA-01).</summary>
    public MedicalGroup Group => Assessment.Group;

    /// <summary>The assistance for the bill.</summary>
    public Money Amount => Assessment.Amount;

    /// <summary>The eligible out-of-pocket remainder after insurance (MA-02).</summary>
    public Money Remainder { get; }

    /// <summary>What each stage did, in order; empty when no scheme covers the bill.</summary>
    /// <remarks>Worked out on first read from the bill and the terms, like the explanation; the stages' payments add up to <see cref="Amount"/>.</remarks>
    public ImmutableArray<MedicalStageResult> Stages => ImmutableCollectionsMarshal.AsImmutableArray(Volatile.Read(ref stages) ?? WorkOutStages());

    /// <inheritdoc />
    private protected override string SummaryKey => Assessment.Covered ? MessageKeys.MedicalSummaryCovered : MessageKeys.MedicalSummaryNotCovered;

    /// <inheritdoc />
    private protected override IEnumerable<MessageArgument> SummaryArguments =>
    [
        MessageArgument.Of("amount", Amount),
        MessageArgument.Term("group", MessageKeys.MedicalGroupTerm(Group)),
    ];

    private protected override ImmutableArray<ExplanationStep> ExplanationSteps() => MedicalExplainer.Steps(claim, terms, Assessment, Stages);

    private MedicalStageResult[] WorkOutStages()
    {
        var worked = ImmutableCollectionsMarshal.AsArray(MedicalCalculator.StageResults(claim, terms, Assessment)) ?? [];
        return Interlocked.CompareExchange(ref stages, worked, null) ?? worked;
    }
}
