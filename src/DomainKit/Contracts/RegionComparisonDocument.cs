using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>What a reform changes for the households of one administrative division.</summary>
[Description("What a reform changes for the households of one administrative division (GB/T 2260), weighted.")]
public sealed record RegionComparisonDocument
{
    /// <summary>The division's code, as the households give it.</summary>
    [Description("The division's six-digit code (GB/T 2260), as the households give it; divisions come in code order.")]
    public required string Region { get; init; }

    /// <summary>The division's figures.</summary>
    [Description("The division's figures.")]
    public required GroupChangeDocument Change { get; init; }
}
