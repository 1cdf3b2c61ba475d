using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>An event that sends investigators, who must number at least the policy's minimum (VR-04).</summary>
public abstract record InvestigatorsEvent : CaseEvent
{
    /// <summary>The investigators' staff IDs.</summary>
    public required ImmutableArray<string> Investigators { get; init; }

    /// <summary>The fewest the policy required.</summary>
    public required int MinimumInvestigators { get; init; }

    /// <inheritdoc/>
    public virtual bool Equals(InvestigatorsEvent? other) =>
        base.Equals(other) && Investigators.SequenceEqual(other.Investigators) && MinimumInvestigators == other.MinimumInvestigators;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Investigators.Length, MinimumInvestigators);
}
