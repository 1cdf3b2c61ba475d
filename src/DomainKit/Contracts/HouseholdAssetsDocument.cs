using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>A household's assets.</summary>
[Description("The household's assets (HH-05).")]
public sealed record HouseholdAssetsDocument
{
    /// <summary>Deposits, securities and the cash value of insurance. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Deposits, securities and the cash value of insurance. Default 0.")]
    public decimal? FinancialAssets { get; init; }

    /// <summary>Homes owned. Default 0.</summary>
    [Range(0, 1000)]
    [Description("Homes owned. Default 0.")]
    public int? HomesOwned { get; init; }

    /// <summary>Business equity. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Business equity. Default 0.")]
    public decimal? BusinessEquity { get; init; }
}
