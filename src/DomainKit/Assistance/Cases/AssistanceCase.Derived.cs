using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Assistance;

public sealed partial record AssistanceCase
{
    /// <summary>
    /// Rebuilds a case from its stored events as <see cref="Replay(IEnumerable{CaseEvent})"/> does, and also derives
    /// every figure that the policy and the earlier events determine, refusing an event that states another: the
    /// minimum number of investigators (VR-04), the last day of a public notice (PB-02) and the paperwork deadline of a
    /// pay-first grant (ZF-TA-01), each on the event's date in the case's time zone.
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
        if (!replayed.IsSuccess)
        {
            return replayed;
        }

        var replayedCase = replayed.Value;
        for (var i = 0; i < replayedCase.Events.Length; i++)
        {
            if (replayedCase.Derive(replayedCase.Events[i], policy, calendar) is { } wrong)
            {
                return Result<AssistanceCase>.Invalid(Errors.WithPath(wrong, Errors.Join($"events[{i}]", wrong.Identifier)));
            }
        }

        return replayedCase;
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
            default:
                return null;
        }
    }
}
