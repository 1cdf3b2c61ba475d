using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "is this household a low-income margin household on this date, and which members are enrolled alone in dibao?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MarginDecision
{
    internal MarginDecision(MarginTerms terms, MarginAssessment assessment, Explanation explanation)
    {
        Date = terms.Date;
        PolicyId = terms.Dibao.Policy.Id;
        PolicyVersion = terms.Dibao.Policy.Version;
        PolicyModified = terms.Dibao.Policy.IsModified;
        Assessment = assessment;
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
    public MarginAssessment Assessment { get; }

    /// <summary>Whether the household is a margin household.</summary>
    public bool IsMargin => Assessment.IsMargin;

    /// <summary>Why the household is not margin, or <see cref="MarginExclusion.None"/>.</summary>
    public MarginExclusion Exclusion => Assessment.Exclusion;

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        !IsMargin ? MessageKeys.MarginSummaryNot
            : Assessment.SingleMemberDibao.IsEmpty ? MessageKeys.MarginSummary
            : MessageKeys.MarginSummaryWithSingle,
        [
            MessageArgument.Of("members", string.Join(", ", Assessment.SingleMemberDibao.Indexes.Select(i => $"members[{i}]"))),
            MessageArgument.Of("amount", Assessment.SingleMemberDibaoMonthly.ToString()),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
