using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>What a reform changes for the households of one administrative division (GB/T 2260), weighted.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record RegionComparison
{
    /// <summary>The division, as the households give it.</summary>
    public required RegionCode Region { get; init; }

    /// <summary>The division's figures.</summary>
    public required GroupChange Change { get; init; }
}
