using System.ComponentModel;
using System.Text.Json.Serialization;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>greenChannelGranted</c> event: aid is paid first through the green channel, paperwork later (TA-03, ZF-TA-01).</summary>
[Description("Aid is paid first through the green channel, paperwork later (TA-03, ZF-TA-01).")]
public sealed record GreenChannelGrantedDocument : CaseEventDocument
{
    /// <summary>The amount paid first.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount paid first.")]
    public required decimal Amount { get; init; }

    /// <summary>The last day to complete the paperwork.</summary>
    [Description("The last day to complete the paperwork.")]
    public required LocalDate PaperworkDue { get; init; }
}
