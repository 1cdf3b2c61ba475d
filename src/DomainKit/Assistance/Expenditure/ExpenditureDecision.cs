using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "is this an expenditure-hardship household, under which rule, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExpenditureDecision
{
    internal ExpenditureDecision(ExpenditureTerms terms, ExpenditureAssessment assessment, Explanation explanation)
    {
        Date = terms.Date;
        PolicyId = terms.Margin.Dibao.Policy.Id;
        PolicyModified = terms.Margin.Dibao.Policy.IsModified;
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
    public ExpenditureAssessment Assessment { get; }

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        !Assessment.IsEligible ? MessageKeys.ExpenditureSummaryNot
            : Assessment.Rule == ExpenditureRule.ZhifuConsumption ? MessageKeys.ExpenditureSummaryZhifu
            : MessageKeys.ExpenditureSummaryNational,
        [
            MessageArgument.Of("review", Assessment.ReviewDue is { } due ? Dates.Format(due) : string.Empty),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
