using NodaTime;
using NodaTime.Text;

namespace DomainKit;

/// <summary>The one date format the library reads and writes: ISO <c>yyyy-MM-dd</c>, culture-invariant.</summary>
internal static class Dates
{
    // ISO dates of years 0 to 9999 are formatted and parsed by hand: NodaTime's pattern machinery is exact but
    // costs tens of milliseconds to set up, which every first load of a policy set would pay. Anything else goes
    // through the pattern, so both give the same text for every date.
    public static string Format(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date.Year is >= 0 and <= 9999
            ? string.Create(10, date, static (chars, d) =>
            {
                Digits(chars[..4], d.Year);
                chars[4] = '-';
                Digits(chars.Slice(5, 2), d.Month);
                chars[7] = '-';
                Digits(chars.Slice(8, 2), d.Day);
            })
            : LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// An integer that orders ISO dates as they fall, for the fast paths: NodaTime's own comparison first
    /// checks that both dates share a calendar, which per-member loops need not pay for once inputs are ISO.
    /// </summary>
    public static int Key(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    /// <summary>The date in the ISO calendar, the one the library compares dates in.</summary>
    public static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>A month as ISO <c>yyyy-MM</c>.</summary>
    public static string FormatMonth(YearMonth month) => Format(month.OnDayOfMonth(1))[..7];

    /// <summary>The first date the contracts accept.</summary>
    public static readonly LocalDate Earliest = new(1880, 1, 1);

    /// <summary>The last date the contracts accept.</summary>
    public static readonly LocalDate Latest = new(2200, 12, 31);

    /// <summary>Whether an ISO date lies between <see cref="Earliest"/> and <see cref="Latest"/>; callers check the calendar first, since dates of two calendars cannot be compared.</summary>
    public static bool InRange(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>Reads an ISO <c>yyyy-MM</c> month.</summary>
    public static bool TryParseMonth(string? text, out YearMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || !TryParse(text + "-01", out var first))
        {
            return false;
        }

        month = first.ToYearMonth();
        return true;
    }

    public static bool TryParse(string? text, out LocalDate date)
    {
        // Only ASCII can be an ISO date, so the text is read by the same code as UTF-8 input.
        date = default;
        Span<byte> ascii = stackalloc byte[10];
        return text is { Length: 10 } && System.Text.Ascii.FromUtf16(text, ascii, out _) == System.Buffers.OperationStatus.Done && TryParseUtf8(ascii, out date);
    }

    /// <summary>Reads an ISO <c>yyyy-MM-dd</c> date from UTF-8 bytes; <see cref="TryParse"/> reads text through it.</summary>
    public static bool TryParseUtf8(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            if (utf8[i] is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            var digit = utf8[i] - (byte)'0';

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static void Digits(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
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
