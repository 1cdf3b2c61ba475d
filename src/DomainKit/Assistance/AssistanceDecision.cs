using System.Collections.Immutable;
using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// What every programme's explained decision has: the date and policy set it was taken on, the explanation,
/// and a one-line summary in each language.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. A decision keeps the immutable inputs and figures it was taken on and
/// builds its explanation tree the first time <see cref="Explanation"/> is read, so a decision nobody asks to explain
/// costs no more than its figures; the tree is the one an eager build would have given, and every reader gets the
/// same tree.
/// </remarks>
public abstract class AssistanceDecision
{
    private readonly PolicySet policy;
    private Explanation? explanation;

    private protected AssistanceDecision(LocalDate date, PolicySet policy)
    {
        Date = date;
        this.policy = policy;
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId => policy.Id;

    /// <summary>The version of the policy set applied.</summary>
    public string PolicyVersion => policy.Version;

    /// <summary>The content hash of the policy set applied (<see cref="PolicySet.ContentHash"/>).</summary>
    public string PolicyContentHash => policy.ContentHash;

    /// <summary>Whether the policy set had overridden parameters (a reform or a what-if).</summary>
    public bool PolicyModified => policy.IsModified;

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation => Volatile.Read(ref explanation) ?? Materialize();

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
            MessageArgument.Of("policy", policy.LabelIn(language)),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);

    /// <summary>Builds the explanation's steps from the decision's inputs and figures.</summary>
    /// <returns>The top-level steps.</returns>
    private protected abstract ImmutableArray<ExplanationStep> ExplanationSteps();

    /// <summary>Members named as in explanations: <c>members[0], members[2]</c>.</summary>
    private protected static string MemberList(MemberSet members) => string.Join(", ", members.Indexes.Select(MemberPath.Member.At));

    // Threads racing on the first read build equal trees from the same immutable inputs; the first one stored wins.
    private Explanation Materialize()
    {
        var built = new Explanation(ExplanationSteps());
        return Interlocked.CompareExchange(ref explanation, built, null) ?? built;
    }
}
