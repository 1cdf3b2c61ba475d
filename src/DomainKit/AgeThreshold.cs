using NodaTime;

namespace DomainKit;

/// <summary>
/// "At least N whole years from a date to the date of evaluation", precomputed for one date: a single
/// integer comparison on the fast paths instead of calendar arithmetic per person.
/// </summary>
/// <remarks>
/// Agrees exactly with <c>start.PlusYears(years) &lt;= date</c>, NodaTime's year arithmetic, for ISO dates
/// (households hold only ISO dates): a start on 29 February, the one case where the cut-off comparison
/// would differ, takes the slow path.
/// </remarks>
internal readonly struct AgeThreshold
{
    private readonly int cutoffKey;

    public AgeThreshold(int years, LocalDate date)
    {
        Years = years;
        Date = date;
        cutoffKey = Dates.Key(date.PlusYears(-years));
    }

    public int Years { get; }

    public LocalDate Date { get; }

    public bool Reached(LocalDate start) => Reached(start, Dates.Key(start));

    /// <summary>The same test for a start whose date key (<see cref="Dates.Key"/>) is already known.</summary>
    public bool Reached(LocalDate start, int startKey) =>
        (startKey & 0x1FF) == ((2 << 5) | 29) ? start.PlusYears(Years) <= Date : startKey <= cutoffKey;
}
