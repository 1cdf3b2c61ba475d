using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>noticePublished</c> event: the proposed decision is published (PB-01).</summary>
[Description("The proposed decision is published (PB-01).")]
public sealed record NoticePublishedDocument : CaseEventDocument
{
    /// <summary>The programme proposed.</summary>
    [Description("The programme proposed.")]
    public required Programme Programme { get; init; }

    /// <summary>The amount proposed.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount proposed.")]
    public required decimal Amount { get; init; }

    /// <summary>The first day of the notice.</summary>
    [Description("The first day of the notice.")]
    public required LocalDate PublishedOn { get; init; }

    /// <summary>The last day of the notice.</summary>
    [Description("The last day of the notice.")]
    public required LocalDate LastDay { get; init; }
}
