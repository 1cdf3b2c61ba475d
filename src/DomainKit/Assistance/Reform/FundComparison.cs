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
}
