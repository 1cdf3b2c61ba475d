using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>Cuts the income distribution (<see cref="IncomeGroup"/>, lowest first) into ten deciles of weighted households.</summary>
internal static class IncomeDeciles
{
    private const int Count = 10;

    /// <summary>
    /// Each group goes whole into the decile that holds the middle of its weight: decile ⌊10 × (weight below it + half its
    /// weight) ÷ total weight⌋ + 1. The rule needs only the groups, so deciles cut from merged partial distributions
    /// are those of the whole.
    /// </summary>
    public static ImmutableArray<DecileComparison> Of(ImmutableArray<IncomeGroup> groups)
    {
        var total = groups.Sum(group => group.Change.Households);
        if (total == 0m)
        {
            return [];
        }

        var changes = new GroupChange[Count];
        var lowest = new Money?[Count];
        var highest = new Money?[Count];
        Array.Fill(changes, GroupChange.Empty);
        var below = 0m;
        foreach (var group in groups)
        {
            var weight = group.Change.Households;
            var decile = (int)Math.Min(Count - 1, decimal.Floor(Count * (below + (weight / 2m)) / total));
            below += weight;
            changes[decile] = changes[decile].Plus(group.Change);
            lowest[decile] ??= group.PerCapitaMonthlyIncome;
            highest[decile] = group.PerCapitaMonthlyIncome;
        }

        return [.. Enumerable.Range(0, Count).Select(d => new DecileComparison
        {
            Decile = d + 1,
            LowestIncome = lowest[d],
            HighestIncome = highest[d],
            Change = changes[d],
        })];
    }
}
