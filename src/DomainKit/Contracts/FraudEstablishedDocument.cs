using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>The <c>fraudEstablished</c> event: fraud is established on the case (FR-01).</summary>
[Description("Fraud is established on the case (FR-01).")]
public sealed record FraudEstablishedDocument : CaseEventDocument
{
    /// <summary>The amount obtained by fraud.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount obtained by fraud.")]
    public required decimal AmountObtained { get; init; }

    /// <summary>The lowest fine.</summary>
    [Yuan(0, 1_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The lowest fine.")]
    public required decimal FineMinimum { get; init; }

    /// <summary>The highest fine.</summary>
    [Yuan(0, 1_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The highest fine.")]
    public required decimal FineMaximum { get; init; }
}
