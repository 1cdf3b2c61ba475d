using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>The <c>payFirst</c> command: pays urgent aid first through the green channel, from the emergency fund (ZF-TA-01).</summary>
[Description("Pays urgent aid first through the green channel, from the emergency fund (ZF-TA-01).")]
public sealed record PayFirstActionDocument : CaseActionDocument
{
    /// <summary>The amount paid first.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount paid first.")]
    public required decimal Amount { get; init; }
}
