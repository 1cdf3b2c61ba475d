using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The explained answer to "which members of this household are extreme-poverty persons on this date, and why?"</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExtremePovertyDecision
{
    internal ExtremePovertyDecision(ExtremePovertyTerms terms, ExtremePovertyAssessment assessment, Explanation explanation)
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

    /// <summary>The members who qualify, as the fast path returns them.</summary>
    public ExtremePovertyAssessment Assessment { get; }

    /// <summary>The members who qualify, by position in the household.</summary>
    public MemberSet EligibleMembers => Assessment.EligibleMembers;

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        Assessment.IsEligible ? MessageKeys.ExtremePovertySummaryEligible : MessageKeys.ExtremePovertySummaryNone,
        [
            MessageArgument.Of("members", string.Join(", ", EligibleMembers.Indexes.Select(i => $"members[{i}]"))),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
