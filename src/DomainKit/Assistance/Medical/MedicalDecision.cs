using System.Collections.Immutable;
using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "how much medical assistance is due for this bill, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MedicalDecision
{
    internal MedicalDecision(MedicalTerms terms, MedicalAssessment assessment, Money remainder, ImmutableArray<MedicalStageResult> stages, Explanation explanation)
    {
        Date = terms.Date;
        PolicyId = terms.Margin.Dibao.Policy.Id;
        PolicyVersion = terms.Margin.Dibao.Policy.Version;
        PolicyModified = terms.Margin.Dibao.Policy.IsModified;
        Assessment = assessment;
        Remainder = remainder;
        Stages = stages;
        Explanation = explanation;
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId { get; }

    /// <summary>The version of the policy set applied.</summary>
    public string PolicyVersion { get; }

    /// <summary>Whether the policy set had overridden parameters.</summary>
    public bool PolicyModified { get; }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public MedicalAssessment Assessment { get; }

    /// <summary>The patient's group (MA-01).</summary>
    public MedicalGroup Group => Assessment.Group;

    /// <summary>The assistance for the bill.</summary>
    public Money Amount => Assessment.Amount;

    /// <summary>The eligible out-of-pocket remainder after insurance (MA-02).</summary>
    public Money Remainder { get; }

    /// <summary>What each stage did, in order; empty when no scheme covers the bill.</summary>
    public ImmutableArray<MedicalStageResult> Stages { get; }

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        Assessment.Covered ? MessageKeys.MedicalSummaryCovered : MessageKeys.MedicalSummaryNotCovered,
        [
            MessageArgument.Of("amount", Amount.ToString()),
            MessageArgument.Term("group", MessageKeys.MedicalGroupTerm(Group)),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
