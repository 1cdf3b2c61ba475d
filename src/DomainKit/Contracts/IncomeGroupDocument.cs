using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>The households of one band of income per counted member and month before assistance.</summary>
[Description("The households of one band of income per counted member and month before assistance: one yuan wide below 100,000 yuan, three significant figures beyond.")]
public sealed record IncomeGroupDocument
{
    /// <summary>The band's lowest income per counted member and month, in whole yuan.</summary>
    [Yuan(-10_000_000_000_000, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The band's lowest income per counted member and month, in whole yuan; bands come lowest first.")]
    public required decimal PerCapitaMonthlyIncome { get; init; }

    /// <summary>The band's figures.</summary>
    [Description("The band's figures.")]
    public required GroupChangeDocument Change { get; init; }
}
