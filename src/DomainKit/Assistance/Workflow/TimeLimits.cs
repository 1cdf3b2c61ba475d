using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Due days of the case-handling time limits (WF-01 to WF-07, VR-04, PB-02), counted as GEN-01 says.</summary>
/// <remarks>Pure and thread-safe: the calendar and the dates are arguments.</remarks>
public static class TimeLimits
{
    /// <summary>The due day of a time limit that starts on a day, under a policy, on a calendar.</summary>
    /// <param name="limit">The time limit.</param>
    /// <param name="start">The day the period starts (acceptance, decision, receipt of the file, posting of the notice); not counted.</param>
    /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.MondayToFriday"/> knows no holidays.</param>
    /// <param name="policy">The policy set, which gives the number of days in force on the start day.</param>
    /// <returns>The deadline; or Invalid for an undefined limit, or a policy that does not set the limit on the start day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="policy"/> is null.</exception>
    public static Result<Deadline> Due(TimeLimit limit, LocalDate start, WorkingDayCalendar calendar, PolicySet policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (!Enum.IsDefined(limit))
        {
            return Result<Deadline>.Invalid(Errors.At("limit", ErrorCodes.UnknownName, "Unknown time limit."));
        }

        start = Dates.Iso(start);
        var days = policy.ValueAt(TimeLimitParameters.For(limit), start);
        if (!days.IsSuccess)
        {
            return Result<Deadline>.Invalid(days.ValidationErrors);
        }

        var due = limit == TimeLimit.PublicNotice
            ? calendar.AddCalendarDays(start, days.Value.Value)
            : calendar.AddWorkingDays(start, days.Value.Value);
        return new Deadline(limit, start, days.Value, due, calendar);
    }
}
