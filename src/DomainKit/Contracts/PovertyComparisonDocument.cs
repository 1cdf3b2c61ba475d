using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>Poverty against the dibao line before assistance, under the policy in force and under the reform.</summary>
[Description("Poverty against the baseline's dibao line (DB-01) before assistance, after the monthly cash of the policy in force and after the reform's.")]
public sealed record PovertyComparisonDocument
{
    /// <summary>The line per person and month: the baseline's dibao standard on the date.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The line per person and month: the baseline's dibao standard on the date.")]
    public required decimal LineMonthly { get; init; }

    /// <summary>Poverty before any assistance.</summary>
    [Description("Poverty before any assistance.")]
    public required PovertyMeasureDocument BeforeAssistance { get; init; }

    /// <summary>Poverty after the baseline's monthly cash.</summary>
    [Description("Poverty after the monthly cash of the policy in force.")]
    public required PovertyMeasureDocument UnderBaseline { get; init; }

    /// <summary>Poverty after the reform's monthly cash.</summary>
    [Description("Poverty after the reform's monthly cash.")]
    public required PovertyMeasureDocument UnderReform { get; init; }

    /// <summary>The share of the gap before assistance the baseline closes; absent when there is no gap. Derived: not read back.</summary>
    [Description("1 − underBaseline.gapMonthly / beforeAssistance.gapMonthly; absent when there is no gap. Derived.")]
    public decimal? GapClosedUnderBaseline { get; init; }

    /// <summary>The share of the gap before assistance the reform closes; absent when there is no gap. Derived: not read back.</summary>
    [Description("1 − underReform.gapMonthly / beforeAssistance.gapMonthly; absent when there is no gap. Derived.")]
    public decimal? GapClosedUnderReform { get; init; }
}
