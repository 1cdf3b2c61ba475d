using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recoveryOpened</c> event: money paid is to be recovered.</summary>
[Description("Money paid is to be recovered.")]
public sealed record RecoveryOpenedDocument : CaseEventDocument
{
    /// <summary>The amount to recover.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount to recover.")]
    public required decimal Amount { get; init; }

    /// <summary>Why it is recovered.</summary>
    [Description("Why it is recovered.")]
    public required RecoveryCause Cause { get; init; }
}
