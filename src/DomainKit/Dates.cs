using NodaTime;
using NodaTime.Text;

namespace DomainKit;

/// <summary>The one date format the library reads and writes: ISO <c>yyyy-MM-dd</c>, culture-invariant.</summary>
internal static class Dates
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length != 10)
        {
            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>Completed years from <paramref name="birth"/> to <paramref name="date"/>, with the same year arithmetic as <see cref="YearsHavePassed"/>.</summary>
    public static int AgeInYears(LocalDate birth, LocalDate date)
    {
        var years = date.Year - birth.Year;
        return YearsHavePassed(birth, date, years) ? years : years - 1;
    }

    /// <summary>Whether a number of whole years has passed from <paramref name="start"/> to <paramref name="date"/>.</summary>
    /// <remarks>
    /// Uses NodaTime's year arithmetic, so a period that starts on 29 February completes on
    /// 28 February of a common year. Allocation-free, for the fast paths.
    /// </remarks>
    public static bool YearsHavePassed(LocalDate start, LocalDate date, int years) => start.PlusYears(years) <= date;
}
