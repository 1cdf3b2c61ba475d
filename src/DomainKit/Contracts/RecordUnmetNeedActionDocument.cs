using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recordUnmetNeed</c> command: records what a need still lacks after assistance, for charity (ZF-MP-01).</summary>
[Description("Records what a need still lacks after assistance, for charity (ZF-MP-01).")]
public sealed record RecordUnmetNeedActionDocument : CaseActionDocument
{
    /// <summary>The need.</summary>
    [Description("The need.")]
    public required Need Need { get; init; }

    /// <summary>What the need still lacks.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("What the need still lacks.")]
    public required decimal Amount { get; init; }
}
