using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>The figures a dibao decision rests on.</summary>
[Description("The figures a dibao decision rests on.")]
public sealed record DibaoFiguresDocument
{
    /// <summary>The people listed.</summary>
    [Description("The people listed.")]
    public required int ListedMembers { get; init; }

    /// <summary>The people counted as household members (HH-01, HH-02).</summary>
    [Description("The people counted as household members (HH-01, HH-02).")]
    public required int CountedMembers { get; init; }

    /// <summary>The counted income over the assessment window.</summary>
    [Yuan(0, 1_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The counted income over the assessment window (HH-03, HH-04).")]
    public required decimal CountedIncome { get; init; }

    /// <summary>Per-capita monthly income, rounded for display.</summary>
    [Yuan(0, 1_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Per-capita monthly income, rounded to the fen for display.")]
    public required decimal PerCapitaMonthlyIncome { get; init; }

    /// <summary>The monthly dibao standard in effect.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The monthly dibao standard in effect (DB-01).")]
    public required decimal StandardMonthly { get; init; }
}
