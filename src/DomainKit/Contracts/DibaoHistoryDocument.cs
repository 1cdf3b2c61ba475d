using System.ComponentModel;
using System.Text.Json.Serialization;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A household's dibao so far.</summary>
[Description("The household's dibao so far (DB-08).")]
public sealed record DibaoHistoryDocument
{
    /// <summary>Since when the household receives dibao.</summary>
    [Description("Since when the household receives dibao.")]
    public required LocalDate RecipientSince { get; init; }

    /// <summary>The monthly benefit it last received.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The monthly benefit it last received.")]
    public required decimal LastMonthlyBenefit { get; init; }

    /// <summary>When work lifted its income above the line; the gradual exit runs from here.</summary>
    [Description("When work lifted its income above the line; the gradual exit runs from here.")]
    public LocalDate? WorkIncomeRoseOn { get; init; }
}
