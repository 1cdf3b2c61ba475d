using NodaTime;
using NodaTime.Text;

namespace DomainKit;

/// <summary>The one date format the library reads and writes: ISO <c>yyyy-MM-dd</c>, culture-invariant.</summary>
internal static class Dates
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// An integer that orders ISO dates as they fall, for the fast paths: NodaTime's own comparison first
    /// checks that both dates share a calendar, which per-member loops need not pay for once inputs are ISO.
    /// </summary>
    public static int Key(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    /// <summary>The date in the ISO calendar, the one the library compares dates in.</summary>
    public static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

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
