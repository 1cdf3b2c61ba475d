using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// What every programme's explained decision has: the date and policy set it was taken on, the explanation,
/// and a one-line summary in each language.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public abstract class AssistanceDecision
{
    private protected AssistanceDecision(LocalDate date, PolicySet policy, Explanation explanation)
    {
        Date = date;
        PolicyId = policy.Id;
        PolicyVersion = policy.Version;
        PolicyModified = policy.IsModified;
        Explanation = explanation;
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId { get; }

    /// <summary>The version of the policy set applied.</summary>
    public string PolicyVersion { get; }

    /// <summary>Whether the policy set had overridden parameters (a reform or a what-if).</summary>
    public bool PolicyModified { get; }

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>The message key of the summary for this outcome.</summary>
    private protected abstract string SummaryKey { get; }

    /// <summary>The values the summary names besides the date and the policy.</summary>
    private protected abstract IEnumerable<MessageArgument> SummaryArguments { get; }

    /// <summary>A one-line summary in a language, naming the outcome, the date and the policy (with <c>*</c> when modified).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        SummaryKey,
        [
            .. SummaryArguments,
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);

    /// <summary>Members named as in explanations: <c>members[0], members[2]</c>.</summary>
    private protected static string MemberList(MemberSet members) => string.Join(", ", members.Indexes.Select(MemberPath.Member.At));
}
