using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// One time limit running on a case (WF-01 to WF-07, VR-04, ZF-TA-01): its deadline, when it was met, the stage
/// answerable for it and the staff member accountable for that stage (ZF-ACC-01).
/// </summary>
/// <param name="Deadline">The deadline, counted as GEN-01 says on the supplied calendar.</param>
/// <param name="DoneOn">The day the step was done, or null while it is not.</param>
/// <param name="Stage">The stage answerable: the limit's own stage, or an earlier one where the case still is.</param>
/// <param name="AccountableStaffId">The staff member accountable for that stage.</param>
public sealed record CaseDeadline(Deadline Deadline, LocalDate? DoneOn, CaseStage Stage, string AccountableStaffId)
{
    // Beyond a century the count of working days late saturates: no calendar counts further (GEN-01).
    private const int MaxCountedDays = 36_600;

    /// <summary>Whether the step was done after its deadline, or is still undone after it, as of a date.</summary>
    /// <param name="asOf">The date of the check.</param>
    /// <returns>True when late.</returns>
    public bool IsLate(LocalDate asOf) => (DoneOn ?? asOf) > Deadline.Due;

    /// <summary>Working days between the deadline and the day the step was done, or the date of the check while it is not.</summary>
    /// <param name="asOf">The date of the check.</param>
    /// <returns>The working days late; zero when not late.</returns>
    public int WorkingDaysLate(LocalDate asOf) => WorkingDaysLate(asOf, Deadline.Due, DoneOn, Deadline.Calendar);

    /// <summary>
    /// The days after <paramref name="asOf"/> up to the due day while the step runs: working days, or calendar days for a
    /// limit counted in them (the public notice); saturating at a century, as the days late do.
    /// </summary>
    internal int DaysLeft(LocalDate asOf) => DaysLeft(asOf, Deadline.Due, Deadline.InCalendarDays, Deadline.Calendar);

    /// <summary>The days left of a limit due on <paramref name="due"/>, counted as <see cref="DaysLeft(LocalDate)"/> does, for a view that keeps only the due day.</summary>
    internal static int DaysLeft(LocalDate asOf, LocalDate due, bool inCalendarDays, WorkingDayCalendar calendar)
    {
        var from = Period.Between(asOf, due, PeriodUnits.Days).Days > MaxCountedDays ? due.PlusDays(-MaxCountedDays) : asOf;
        return inCalendarDays
            ? Period.Between(from, due, PeriodUnits.Days).Days
            : calendar.WorkingDaysBetween(from, due);
    }

    /// <summary>The working days late of a limit due on <paramref name="due"/>, counted as <see cref="WorkingDaysLate(LocalDate)"/> does.</summary>
    internal static int WorkingDaysLate(LocalDate asOf, LocalDate due, LocalDate? doneOn, WorkingDayCalendar calendar)
    {
        var end = doneOn ?? asOf;
        if (end <= due)
        {
            return 0;
        }

        var limit = due.PlusDays(MaxCountedDays);
        return calendar.WorkingDaysBetween(due, end > limit ? limit : end);
    }
}
