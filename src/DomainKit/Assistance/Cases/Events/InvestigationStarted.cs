using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>The investigation began, with at least the policy's number of investigators (VR-04).</summary>
public sealed record InvestigationStarted : CaseEvent
{
    /// <summary>The investigators' staff IDs.</summary>
    public required ImmutableArray<string> Investigators { get; init; }

    /// <summary>The fewest the policy required.</summary>
    public required int MinimumInvestigators { get; init; }

    /// <inheritdoc/>
    public bool Equals(InvestigationStarted? other) => base.Equals(other) && Investigators.SequenceEqual(other.Investigators) && MinimumInvestigators == other.MinimumInvestigators;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Investigators.Length);
}
