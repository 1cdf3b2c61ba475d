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

    public bool Reached(LocalDate start) =>
        start.Month == 2 && start.Day == 29 ? start.PlusYears(Years) <= Date : Dates.Key(start) <= cutoffKey;
}
