namespace DomainKit.Assistance;

/// <summary>
/// Poverty against a monthly line per person: how many households and people have an income per counted member below
/// it, and how far below in total (the poverty gap), weighted.
/// </summary>
/// <remarks>Sums, so that measures of disjoint caseloads add up exactly (<see cref="Plus"/>). Instances are immutable and thread-safe.</remarks>
public sealed record PovertyMeasure
{
    /// <summary>No household below the line.</summary>
    public static PovertyMeasure None { get; } = new();

    /// <summary>The households below the line, weighted (the headcount).</summary>
    public decimal Households { get; init; }

    /// <summary>Their counted members, weighted.</summary>
    public decimal Persons { get; init; }

    /// <summary>
    /// The poverty gap: the sum over households below the line of (line × counted members − monthly income), in yuan per
    /// month, each household's gap rounded to the fen, weighted.
    /// </summary>
    public decimal GapMonthly { get; init; }

    /// <summary>The measures of this caseload and another, disjoint one together.</summary>
    /// <param name="other">The other measure, against the same line.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public PovertyMeasure Plus(PovertyMeasure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PovertyMeasure
        {
            Households = Households + other.Households,
            Persons = Persons + other.Persons,
            GapMonthly = GapMonthly + other.GapMonthly,
        };
    }
}
