using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/review-result@2</c> contract: one household's line of <c>domainkit review</c> output.</summary>
[Description("One household's result in a review: what it qualifies for and the amounts, one JSON object per line, in input order.")]
public sealed record ReviewResultDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/review-result@2";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The input line of the household (for CSV input, its first row).</summary>
    [Description("The input line of the household (for CSV input, its first row).")]
    public required long Line { get; init; }

    /// <summary>The household key, for CSV input.</summary>
    [Description("The household key, for CSV input.")]
    public string? Household { get; init; }

    /// <summary>The programmes the household qualifies for.</summary>
    [Description("The programmes the household qualifies for.")]
    public required ImmutableArray<Programme> Qualifying { get; init; }

    /// <summary>The cash paid each month across programmes.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The cash paid each month across programmes.")]
    public required decimal MonthlyCash { get; init; }

    /// <summary>The monthly dibao benefit (DB-02).</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The monthly dibao benefit (DB-02).")]
    public required decimal DibaoMonthly { get; init; }

    /// <summary>The single-member dibao of a margin household (MD-02).</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The single-member dibao of a margin household (MD-02).")]
    public required decimal SingleMemberDibaoMonthly { get; init; }

    /// <summary>Medical assistance on the household's bills.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Medical assistance on the household's bills.")]
    public required decimal MedicalAssistance { get; init; }
}
