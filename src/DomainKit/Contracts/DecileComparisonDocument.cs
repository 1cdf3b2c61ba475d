using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>What a reform changes for one tenth of the population ranked by income per counted member.</summary>
[Description("What a reform changes for one tenth of the population ranked by income per counted member and month before assistance (decile 1 the poorest). Derived from incomeGroups.")]
public sealed record DecileComparisonDocument
{
    /// <summary>The decile, 1 (poorest) to 10.</summary>
    [Range(1, 10)]
    [Description("The decile, 1 (poorest) to 10.")]
    public required int Decile { get; init; }

    /// <summary>The lowest income per counted member and month in the decile, to the yuan; absent when the decile is empty.</summary>
    [Yuan(-10_000_000_000_000, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The lowest income per counted member and month in the decile, to the yuan; absent when the decile is empty.")]
    public decimal? LowestIncome { get; init; }

    /// <summary>The highest income per counted member and month in the decile, to the yuan; absent when the decile is empty.</summary>
    [Yuan(-10_000_000_000_000, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The highest income per counted member and month in the decile, to the yuan; absent when the decile is empty.")]
    public decimal? HighestIncome { get; init; }

    /// <summary>The decile's figures.</summary>
    [Description("The decile's figures.")]
    public required GroupChangeDocument Change { get; init; }
}
