using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "which pupils of this household get education assistance, how much a year, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class EducationDecision
{
    internal EducationDecision(EducationTerms terms, EducationAssessment assessment, Explanation explanation)
    {
        Date = terms.Date;
        PolicyId = terms.ExtremePoverty.Dibao.Policy.Id;
        PolicyModified = terms.ExtremePoverty.Dibao.Policy.IsModified;
        Assessment = assessment;
        Explanation = explanation;
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId { get; }

    /// <summary>Whether the policy set had overridden parameters.</summary>
    public bool PolicyModified { get; }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public EducationAssessment Assessment { get; }

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        Assessment.IsEligible ? MessageKeys.EducationSummary : MessageKeys.EducationSummaryNone,
        [
            MessageArgument.Of("members", string.Join(", ", Assessment.Pupils.Indexes.Select(i => $"members[{i}]"))),
            MessageArgument.Of("amount", Assessment.AnnualTotal.ToString()),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
