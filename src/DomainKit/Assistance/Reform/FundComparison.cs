namespace DomainKit.Assistance;

/// <summary>A fund's cost for the caseload under the baseline and the reform, against its annual budget (ZF-FD-01).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record FundComparison
{
    /// <summary>The fund.</summary>
    public required Fund Fund { get; init; }

    /// <summary>The fund's budget under the reform policy on the date, if that policy sets one.</summary>
    public required Money? Budget { get; init; }

    /// <summary>What the caseload costs the fund under the baseline.</summary>
    public required Money CostBefore { get; init; }

    /// <summary>What the caseload costs the fund under the reform.</summary>
    public required Money CostAfter { get; init; }

    /// <summary>Budget less the reform's cost; negative when the reform overdraws the fund; null without a budget.</summary>
    public Money? HeadroomAfter => Budget is { } budget ? budget - CostAfter : null;

    /// <summary>Whether the reform's cost exceeds the budget.</summary>
    public bool OverBudget => HeadroomAfter is { IsNegative: true };

    /// <summary>The budget year the costs are set against: the year of the date of evaluation.</summary>
    public int Year { get; init; }

    /// <summary>The share of entitled households assumed to take the fund's programme up; 100 % unless set.</summary>
    public Rate TakeUp { get; init; } = Rate.FromFraction(1m);

    /// <summary>What the caseload costs the fund under the baseline, weighted, in yuan (equal to <see cref="CostBefore"/> without weights).</summary>
    public decimal WeightedCostBefore { get; init; }

    /// <summary>What the caseload costs the fund under the reform, weighted, in yuan.</summary>
    public decimal WeightedCostAfter { get; init; }

    /// <summary>The estimated cost under the baseline, in yuan: weighted and taken up.</summary>
    public decimal EstimatedCostBefore => WeightedCostBefore * TakeUp.Value;

    /// <summary>The estimated cost under the reform, in yuan: weighted and taken up.</summary>
    public decimal EstimatedCostAfter => WeightedCostAfter * TakeUp.Value;

    /// <summary>Budget less the estimated cost under the reform, in yuan; negative when the fund would be overdrawn; null without a budget.</summary>
    public decimal? EstimatedHeadroomAfter => Budget is { } budget ? budget.Yuan - EstimatedCostAfter : null;

    /// <summary>Whether the estimated cost under the reform exceeds the budget.</summary>
    public bool EstimatedOverBudget => EstimatedHeadroomAfter < 0m;
}
