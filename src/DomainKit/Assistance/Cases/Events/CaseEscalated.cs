using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>The case was escalated for supervision (督查督办, ZF-ACC-02).</summary>
public sealed record CaseEscalated : CaseEvent
{
    /// <summary>The criteria it met.</summary>
    public required ImmutableArray<EscalationReason> Reasons { get; init; }

    /// <inheritdoc/>
    public bool Equals(CaseEscalated? other) => base.Equals(other) && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Reasons.Length);
}
