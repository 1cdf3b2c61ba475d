using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>publishNotice</c> command: publishes the township opinion for the policy's number of days (PB-01, PB-02).</summary>
[Description("Publishes the township opinion for the policy's number of days (PB-01, PB-02).")]
public sealed record PublishNoticeActionDocument : CaseActionDocument
{
    /// <summary>The programme proposed.</summary>
    [Description("The programme proposed.")]
    public required Programme Programme { get; init; }

    /// <summary>The amount proposed.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount proposed.")]
    public required decimal Amount { get; init; }
}
