using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>unmetNeedRecorded</c> event: need left after government programmes have paid (ZF-MP-01).</summary>
[Description("Need left after government programmes have paid (ZF-MP-01).")]
public sealed record UnmetNeedRecordedDocument : CaseEventDocument
{
    /// <summary>The need.</summary>
    [Description("The need.")]
    public required Need Need { get; init; }

    /// <summary>The amount still needed.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount still needed.")]
    public required decimal Amount { get; init; }
}
