using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>One fund in a reform comparison.</summary>
[Description("One fund's yearly cost before and after a reform, against its budget.")]
public sealed record FundComparisonDocument
{
    /// <summary>The fund.</summary>
    [Description("The fund.")]
    public required Fund Fund { get; init; }

    /// <summary>The fund's yearly budget, when the policy sets one.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The fund's yearly budget, when the policy sets one.")]
    public decimal? Budget { get; init; }

    /// <summary>The yearly cost under the policy in force.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The yearly cost under the policy in force.")]
    public required decimal CostBefore { get; init; }

    /// <summary>The yearly cost under the reform.</summary>
    [Yuan(0, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The yearly cost under the reform.")]
    public required decimal CostAfter { get; init; }

    /// <summary>The budget less the cost under the reform; negative when over budget.</summary>
    [Yuan(-10_000_000_000_000, 10_000_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The budget less the cost under the reform; negative when over budget; absent without a budget.")]
    public decimal? HeadroomAfter { get; init; }

    /// <summary>Whether the cost under the reform exceeds the budget.</summary>
    [Description("Whether the cost under the reform exceeds the budget.")]
    public required bool OverBudget { get; init; }

    /// <summary>The budget year the costs are set against: the year of the date of evaluation.</summary>
    [Range(1949, 2200)]
    [Description("The budget year the costs are set against: the year of the date of evaluation.")]
    public required int Year { get; init; }

    /// <summary>The share of entitled households assumed to take the fund's programme up, 0 to 1.</summary>
    [Range(0, 1)]
    [Description("The share of entitled households assumed to take the fund's programme up, 0 to 1.")]
    public required decimal TakeUp { get; init; }

    /// <summary>The yearly cost under the policy in force, weighted, in yuan.</summary>
    [Description("The yearly cost under the policy in force, weighted, in yuan (equal to costBefore without weights).")]
    public required decimal WeightedCostBefore { get; init; }

    /// <summary>The yearly cost under the reform, weighted, in yuan.</summary>
    [Description("The yearly cost under the reform, weighted, in yuan.")]
    public required decimal WeightedCostAfter { get; init; }

    /// <summary>The estimated cost under the policy in force, in yuan. Derived: not read back.</summary>
    [Description("weightedCostBefore × takeUp, in yuan. Derived.")]
    public decimal? EstimatedCostBefore { get; init; }

    /// <summary>The estimated cost under the reform, in yuan. Derived: not read back.</summary>
    [Description("weightedCostAfter × takeUp, in yuan. Derived.")]
    public decimal? EstimatedCostAfter { get; init; }

    /// <summary>The budget less the estimated cost under the reform; absent without a budget. Derived: not read back.</summary>
    [Description("budget − estimatedCostAfter, in yuan; negative when the fund would be overdrawn; absent without a budget. Derived.")]
    public decimal? EstimatedHeadroomAfter { get; init; }

    /// <summary>Whether the estimated cost under the reform exceeds the budget. Derived: not read back.</summary>
    [Description("Whether estimatedCostAfter exceeds the budget. Derived.")]
    public bool? EstimatedOverBudget { get; init; }
}
