using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

public sealed partial record AssistanceCase
{
    /// <summary>
    /// Rebuilds a case from its stored events as <see cref="Replay(IEnumerable{CaseEvent})"/> does, and also derives
    /// every figure that the policy and the earlier events determine, refusing an event that states another: the
    /// minimum number of investigators (VR-04), the last day of a public notice (PB-02) and the paperwork deadline of a
    /// pay-first grant (ZF-TA-01), the month a monthly benefit starts (WF-04) and whether the township could approve
    /// the sum (TA-02), each on the event's date in the case's time zone.
    /// </summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="policy">The policy the case was handled under.</param>
    /// <param name="calendar">The working-day calendar the time limits were counted on.</param>
    /// <returns>The case, or Invalid naming the first event that breaks a rule or states a figure the rules do not give.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<AssistanceCase> Replay(IEnumerable<CaseEvent> events, PolicySet policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        var replayed = Replay(events);
        return replayed.IsSuccess ? replayed.Value.DeriveAll(policy, calendar) : replayed;
    }

    /// <summary>
    /// Replays as <see cref="Replay(IEnumerable{CaseEvent}, PolicySet, WorkingDayCalendar)"/> does, and also refuses a
    /// history whose opening names a time zone other than the one the office reads its cases in: every date of a
    /// case (time limits, notices, budget years) is read in its zone, so a history moved to another zone would move
    /// its deadlines with it.
    /// </summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="policy">The policy the case was handled under.</param>
    /// <param name="calendar">The working-day calendar the time limits were counted on.</param>
    /// <param name="timeZone">The time zone of the office that handled the case.</param>
    /// <returns>The case, or Invalid naming the first event that breaks a rule or states a figure the rules do not give.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<AssistanceCase> Replay(IEnumerable<CaseEvent> events, PolicySet policy, WorkingDayCalendar calendar, DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(timeZone);
        var replayed = Replay(events);
        if (!replayed.IsSuccess)
        {
            return replayed;
        }

        return replayed.Value.TimeZone.Id != timeZone.Id
            ? Result<AssistanceCase>.Invalid(Errors.At("events[0].timeZoneId", ErrorCodes.CaseEventFigure, $"The office reads its cases in {timeZone.Id}; the history states another time zone."))
            : replayed.Value.DeriveAll(policy, calendar);
    }

    private Result<AssistanceCase> DeriveAll(PolicySet policy, WorkingDayCalendar calendar)
    {
        for (var i = 0; i < Events.Length; i++)
        {
            if (Derive(Events[i], policy, calendar) is { } wrong)
            {
                return Result<AssistanceCase>.Invalid(Errors.WithPath(wrong, Errors.Join($"events[{i}]", wrong.Identifier)));
            }
        }

        return this;
    }

    /// <summary>The first figure of <paramref name="e"/> that differs from what the policy gives on its date, or null.</summary>
    private ValidationError? Derive(CaseEvent e, PolicySet policy, WorkingDayCalendar calendar)
    {
        var date = DateOf(e.At);
        switch (e)
        {
            case InvestigatorsEvent investigators:
                var minimum = policy.ValueAt(TimeLimitParameters.MinimumInvestigators, date);
                return !minimum.IsSuccess ? minimum.ValidationErrors.First()
                    : minimum.Value.Value != investigators.MinimumInvestigators
                        ? Errors.At("minimumInvestigators", ErrorCodes.CaseEventFigure, $"VR-04: the policy requires {minimum.Value.Value} investigators on {Dates.Format(date)}; the event states another number.")
                        : null;
            case NoticePublished notice:
                var lastDay = TimeLimits.Due(TimeLimit.PublicNotice, notice.PublishedOn, calendar, policy);
                return !lastDay.IsSuccess ? lastDay.ValidationErrors.First()
                    : lastDay.Value.Due != notice.LastDay
                        ? Errors.At("lastDay", ErrorCodes.CaseEventFigure, $"PB-02: a notice published on {Dates.Format(notice.PublishedOn)} runs to {Dates.Format(lastDay.Value.Due)}; the event states another day.")
                        : null;
            case GreenChannelGranted granted:
                var paperwork = TimeLimits.Due(TimeLimit.GreenChannelPaperwork, date, calendar, policy);
                return !paperwork.IsSuccess ? paperwork.ValidationErrors.First()
                    : paperwork.Value.Due != granted.PaperworkDue
                        ? Errors.At("paperworkDue", ErrorCodes.CaseEventFigure, $"ZF-TA-01: paperwork for a grant on {Dates.Format(date)} is due on {Dates.Format(paperwork.Value.Due)}; the event states another day.")
                        : null;
            case CaseApproved approved:
                return DeriveApproval(approved, date, policy);
            default:
                return null;
        }
    }

    /// <summary>The approval's start month (WF-04) and level (TA-02) as the policy gives them on its date, or the first that differs.</summary>
    private static ValidationError? DeriveApproval(CaseApproved approved, LocalDate date, PolicySet policy)
    {
        if (IsMonthly(approved.Programme))
        {
            var delay = policy.ValueAt(CaseParameters.BenefitStartDelayMonths, date);
            if (!delay.IsSuccess)
            {
                return delay.ValidationErrors.First();
            }

            var from = date.ToYearMonth().PlusMonths(delay.Value.Value);
            if (approved.BenefitFrom != from)
            {
                return Errors.At("benefitFrom", ErrorCodes.CaseEventFigure, $"WF-04: a benefit confirmed on {Dates.Format(date)} starts in {Dates.FormatMonth(from)}; the event states another month.");
            }
        }

        if (approved.Level == ApprovalLevel.Township)
        {
            var limit = policy.ValueAtOrNull(CaseParameters.TownshipApprovalLimit, date)?.Value;
            if (approved.Programme != Programme.TemporaryAssistance || limit is null || approved.Amount > limit)
            {
                return Errors.At("level", ErrorCodes.CaseEventFigure, $"TA-02: on {Dates.Format(date)} the township may not approve this programme or sum; the event states a township approval.");
            }
        }

        return null;
    }
}
