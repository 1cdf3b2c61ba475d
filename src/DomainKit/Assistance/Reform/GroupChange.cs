namespace DomainKit.Assistance;

/// <summary>
/// What a reform changes for a group of households (a decile, a region, the whole population): weighted sums, so that
/// the figures of disjoint groups add up to the figures of their union exactly (<see cref="Plus"/>).
/// </summary>
/// <remarks>
/// Every count and amount is weighted by <see cref="SurveyHousehold.Weight"/> (each household counts once when the
/// caseload carries no weights) and exact: amounts are decimal yuan, never rounded. Instances are immutable and thread-safe.
/// </remarks>
public sealed record GroupChange
{
    /// <summary>A group with no households.</summary>
    public static GroupChange Empty { get; } = new();

    /// <summary>The households of the caseload in the group, unweighted.</summary>
    public long SampleHouseholds { get; init; }

    /// <summary>The households the group stands for (the sum of their weights).</summary>
    public decimal Households { get; init; }

    /// <summary>The people the group stands for: the members each household's means test counted, weighted.</summary>
    public decimal Persons { get; init; }

    /// <summary>The households whose annual value (<see cref="ReformComparison.AnnualValue"/>) rises, weighted.</summary>
    public decimal Winners { get; init; }

    /// <summary>The households whose annual value falls, weighted.</summary>
    public decimal Losers { get; init; }

    /// <summary>The change of the annual value summed over the group, in yuan per year, weighted (gains less losses).</summary>
    public decimal TotalChange { get; init; }

    /// <summary>The counted income of the group before any assistance, in yuan per year, weighted (each household's year rounded to the fen).</summary>
    public decimal IncomeBefore { get; init; }

    /// <summary>The average change per household, in yuan per year; null for an empty group.</summary>
    public decimal? AverageChange => Households == 0m ? null : TotalChange / Households;

    /// <summary>The share of the group's households that gain, between 0 and 1; null for an empty group.</summary>
    public decimal? WinnerShare => Households == 0m ? null : Winners / Households;

    /// <summary>The share of the group's households that lose, between 0 and 1; null for an empty group.</summary>
    public decimal? LoserShare => Households == 0m ? null : Losers / Households;

    /// <summary>The change as a share of the group's income before assistance; null when that income is not positive.</summary>
    public decimal? ChangeShareOfIncome => IncomeBefore > 0m ? TotalChange / IncomeBefore : null;

    /// <summary>The figures of this group and another, disjoint one together.</summary>
    /// <param name="other">The other group.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public GroupChange Plus(GroupChange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new GroupChange
        {
            SampleHouseholds = checked(SampleHouseholds + other.SampleHouseholds),
            Households = Households + other.Households,
            Persons = Persons + other.Persons,
            Winners = Winners + other.Winners,
            Losers = Losers + other.Losers,
            TotalChange = TotalChange + other.TotalChange,
            IncomeBefore = IncomeBefore + other.IncomeBefore,
        };
    }
}
