using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>The <c>establishFraud</c> command: establishes fraud: aid stops, the amount obtained is opened for recovery (FR-01).</summary>
[Description("Establishes fraud: aid stops, the amount obtained is opened for recovery (FR-01).")]
public sealed record EstablishFraudActionDocument : CaseActionDocument
{
    /// <summary>The amount obtained by fraud.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount obtained by fraud.")]
    public required decimal Amount { get; init; }
}
