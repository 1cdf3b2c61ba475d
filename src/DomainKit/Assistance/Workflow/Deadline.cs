using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>When a time limit falls due, counted as GEN-01 says on a working-day calendar, with its source.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Deadline : IEquatable<Deadline>
{
    internal Deadline(TimeLimit limit, LocalDate start, DatedValue<int> days, LocalDate due, WorkingDayCalendar calendar)
    {
        Limit = limit;
        Start = start;
        Days = days;
        Due = due;
        Calendar = calendar;
    }

    /// <summary>The time limit.</summary>
    public TimeLimit Limit { get; }

    /// <summary>The day the period starts; not counted (GEN-01).</summary>
    public LocalDate Start { get; }

    /// <summary>The number of days with its effective date and provenance.</summary>
    public DatedValue<int> Days { get; }

    /// <summary>Whether the days are calendar days (only the public notice); otherwise working days.</summary>
    public bool InCalendarDays => Limit == TimeLimit.PublicNotice;

    /// <summary>The last day on which the step is on time.</summary>
    public LocalDate Due { get; }

    /// <summary>The calendar the days were counted on.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The rule the limit comes from, such as <c>WF-01</c>.</summary>
    public string RuleId => TimeLimitParameters.For(Limit).RuleId;

    /// <summary>Whether the step is late: not done by <paramref name="asOf"/> when that is after the due day, or done after it.</summary>
    /// <param name="asOf">The day the question is asked.</param>
    /// <param name="doneOn">The day the step was done, if it was.</param>
    /// <returns><see langword="true"/> when late.</returns>
    public bool IsLate(LocalDate asOf, LocalDate? doneOn = null) => (doneOn ?? Dates.Iso(asOf)) > Due;

    /// <summary>How many working days late the step is (working days after the due day up to the day done or asked), zero when on time.</summary>
    /// <param name="asOf">The day the question is asked.</param>
    /// <param name="doneOn">The day the step was done, if it was.</param>
    /// <returns>The working days late.</returns>
    public int WorkingDaysLate(LocalDate asOf, LocalDate? doneOn = null) => Calendar.WorkingDaysBetween(Due, doneOn ?? asOf);

    /// <summary>The deadline as an explanation step citing its rule, the parameter and GEN-01.</summary>
    /// <returns>The step.</returns>
    public ExplanationStep Explain() => StepBuilder.Computed(RuleId, InCalendarDays ? MessageKeys.DeadlineCalendarDays : MessageKeys.DeadlineWorkingDays)
        .Term("limit", MessageKeys.TimeLimitTerm(Limit))
        .Arg("days", Days.Value)
        .Arg("start", Start)
        .Arg("due", Due)
        .Arg("calendar", Calendar.Name)
        .Parameter(TimeLimitParameters.For(Limit), Days)
        .Child(StepBuilder.Computed("GEN-01", InCalendarDays ? MessageKeys.CountingCalendarDays : MessageKeys.CountingWorkingDays).Build())
        .Build();

    /// <inheritdoc />
    public override string ToString() => $"{Limit}: due {Dates.Format(Due)}";

    /// <summary>Equal when the limit, start, value counted, due date and calendar are.</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>True when both are the same deadline, however often it was computed.</returns>
    public bool Equals(Deadline? other) =>
        other is not null && Limit == other.Limit && Start == other.Start && Days == other.Days && Due == other.Due && Calendar.Equals(other.Calendar);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Deadline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Limit, Start, Due);
}
