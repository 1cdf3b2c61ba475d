using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit;

/// <summary>
/// Which days are working days, for time limits counted "within N working days" (policy-spec GEN-01).
/// </summary>
/// <remarks>
/// <para>
/// The integrator supplies the calendar: statutory holidays, and the weekend days made working days
/// in exchange (调休). <see cref="MondayToFriday"/> is the default and says so: it knows no holidays.
/// </para>
/// <para>
/// Counting follows GEN-01 (民法典 art. 201, 203): the starting day is not counted; a period in calendar
/// days whose last day is not a working day ends on the next working day. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar : IEquatable<WorkingDayCalendar>
{
    /// <summary>The most holidays or make-up days one calendar may list (a century of them).</summary>
    public const int MaxDays = 10_000;

    /// <summary>How far any count may run: a limit longer than this many days is a mistake, not a policy.</summary>
    private const int MaxSpanDays = 36_600;

    private readonly FrozenSet<LocalDate> holidays;
    private readonly FrozenSet<LocalDate> workingWeekendDays;

    private WorkingDayCalendar(string name, bool isDefault, FrozenSet<LocalDate> holidays, FrozenSet<LocalDate> workingWeekendDays)
    {
        Name = name;
        IsDefault = isDefault;
        this.holidays = holidays;
        this.workingWeekendDays = workingWeekendDays;
    }

    /// <summary>Monday to Friday are working days; it knows no holidays. Deadlines on it are only as good as that.</summary>
    public static WorkingDayCalendar MondayToFriday { get; } =
        new("Monday to Friday, no holidays (default)", isDefault: true, FrozenSet<LocalDate>.Empty, FrozenSet<LocalDate>.Empty);

    /// <summary>The calendar's name, such as "Shandong 2026".</summary>
    public string Name { get; }

    /// <summary>Whether this is <see cref="MondayToFriday"/>, which knows no holidays.</summary>
    public bool IsDefault { get; }

    /// <summary>The holidays, in date order.</summary>
    public ImmutableArray<LocalDate> Holidays => [.. holidays.Order()];

    /// <summary>The weekend days made working days, in date order.</summary>
    public ImmutableArray<LocalDate> WorkingWeekendDays => [.. workingWeekendDays.Order()];

    /// <summary>Creates a calendar from the integrator's holidays and make-up working days.</summary>
    /// <param name="name">A name for the calendar, shown in explanations.</param>
    /// <param name="holidays">Days off that would otherwise be working days (or fall on weekends).</param>
    /// <param name="workingWeekendDays">Saturdays and Sundays that are working days.</param>
    /// <returns>The calendar, or Invalid: a blank name, a date listed twice or in both lists, a make-up day that is not a weekend day, a date in another calendar.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public static Result<WorkingDayCalendar> Create(string name, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> workingWeekendDays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(workingWeekendDays);
        var candidate = new WorkingDayCalendarCandidate(name, [.. holidays], [.. workingWeekendDays]);
        var validation = WorkingDayCalendarValidator.Instance.Validate(candidate);
        return validation.IsValid
            ? new WorkingDayCalendar(name, isDefault: false, candidate.Holidays.ToFrozenSet(), candidate.WorkingWeekendDays.ToFrozenSet())
            : Result<WorkingDayCalendar>.Invalid(Errors.FromFluent(validation));
    }

    /// <summary>Whether a day is a working day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> for a weekday that is not a holiday, or a weekend day made a working day.</returns>
    public bool IsWorkingDay(LocalDate date)
    {
        date = Dates.Iso(date);
        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday
            ? workingWeekendDays.Contains(date)
            : !holidays.Contains(date);
    }

    /// <summary>
    /// The last day of a limit "within N working days" from <paramref name="start"/> (GEN-01): the start is not
    /// counted; the N-th working day after it is the deadline.
    /// </summary>
    /// <param name="start">The day the period starts (such as the day of acceptance); not counted.</param>
    /// <param name="workingDays">N, from 0 (the deadline is the start itself) to 10,000.</param>
    /// <returns>The deadline, always a working day when N is at least 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 0 to 10,000.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, 10_000);
        var day = Dates.Iso(start);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The last day of a period of N calendar days from <paramref name="start"/> (GEN-01): the start is not
    /// counted; when the N-th day is not a working day, the period ends on the next working day.
    /// </summary>
    /// <param name="start">The day the period starts; not counted.</param>
    /// <param name="days">N, from 1 to 36,600.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1 to 36,600.</exception>
    public LocalDate AddCalendarDays(LocalDate start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxSpanDays);
        var last = Dates.Iso(start).PlusDays(days);
        while (!IsWorkingDay(last))
        {
            last = last.PlusDays(1);
        }

        return last;
    }

    /// <summary>The working days after <paramref name="start"/> up to and including <paramref name="end"/> (GEN-01: the start is not counted).</summary>
    /// <param name="start">The first day, not counted.</param>
    /// <param name="end">The last day, counted.</param>
    /// <returns>The count; zero when <paramref name="end"/> is not after <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dates are more than 36,600 days apart.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        start = Dates.Iso(start);
        end = Dates.Iso(end);
        if (end <= start)
        {
            return 0;
        }

        if (Period.Between(start, end, PeriodUnits.Days).Days > MaxSpanDays)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The dates are more than 36,600 days apart.");
        }

        var count = 0;
        for (var day = start.PlusDays(1); day <= end; day = day.PlusDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Equal when the names, the default flag, the holidays and the make-up days are.</summary>
    /// <param name="other">The other calendar.</param>
    /// <returns>True when they count every day alike under the same name.</returns>
    public bool Equals(WorkingDayCalendar? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && IsDefault == other.IsDefault
        && holidays.SetEquals(other.holidays) && workingWeekendDays.SetEquals(other.workingWeekendDays);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingDayCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), holidays.Count, workingWeekendDays.Count);
}
