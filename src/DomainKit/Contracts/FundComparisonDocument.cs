using System.ComponentModel;
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
}
