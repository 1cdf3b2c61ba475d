namespace DomainKit.Assistance;

/// <summary>
/// What a reform changes for one tenth of the population ranked by counted income per counted member and month before
/// assistance (the poorest tenth is decile 1), weighted.
/// </summary>
/// <remarks>
/// Households are ranked by their income to the yuan (<see cref="IncomeGroup"/>); a group of equal income goes whole
/// into the decile holding the middle of its weight, so a decile holds about, not exactly, a tenth. Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed record DecileComparison
{
    /// <summary>The decile, 1 (poorest) to 10.</summary>
    public required int Decile { get; init; }

    /// <summary>The lowest income per counted member and month in the decile, to the yuan; null when the decile is empty.</summary>
    public required Money? LowestIncome { get; init; }

    /// <summary>The highest income per counted member and month in the decile, to the yuan; null when the decile is empty.</summary>
    public required Money? HighestIncome { get; init; }

    /// <summary>The decile's figures.</summary>
    public required GroupChange Change { get; init; }
}
