using System.Collections.Immutable;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The time limits running on a case (WF-01 to WF-07, VR-04, ZF-TA-01), read from its history.</summary>
public sealed partial record AssistanceCase
{
    /// <summary>
    /// Every time limit that has started on the case, each counted in working days on the calendar (GEN-01) from
    /// the day its clock started, with the day it was met:
    /// investigation start and data check from acceptance (VR-04); the dibao decision from acceptance when basic
    /// living is a need (WF-01); review and approval of temporary or medical requests (WF-07); county confirmation
    /// from the end of a notice that drew no objection (WF-02); the written rejection from the decision (WF-03);
    /// and the paperwork of aid paid first (ZF-TA-01).
    /// </summary>
    /// <param name="policy">The policy set, read on the day each clock started.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <returns>The schedule; limits whose parameter the policy does not set are named in <see cref="CaseSchedule.NotSet"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CaseSchedule Schedule(PolicySet policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadlines = ImmutableArray.CreateBuilder<CaseDeadline>();
        var notSet = new SortedSet<string>(StringComparer.Ordinal);

        void Add(TimeLimit limit, LocalDate start, LocalDate? done, CaseStage stage)
        {
            var due = TimeLimits.Due(limit, start, calendar, policy);
            if (!due.IsSuccess)
            {
                notSet.Add(TimeLimitParameters.For(limit).Id);
                return;
            }

            // A case still short of the answerable stage is held up where it is, by whoever is accountable there.
            var answerable = Stage < stage ? Stage : stage;
            var staff = Accountable.TryGetValue(answerable, out var id) ? id : Events[^1].StaffId;
            deadlines.Add(new CaseDeadline(due.Value, done, answerable, staff));
        }

        var greenChannelOn = GreenChannelGrantedOn;
        if (greenChannelOn is { } granted)
        {
            Add(TimeLimit.GreenChannelPaperwork, granted, DateOfFirst<PaperworkCompleted>(), CaseStage.Acceptance);
        }

        if (EnteredOn.TryGetValue(CaseStage.Acceptance, out var accepted))
        {
            Add(TimeLimit.InvestigationStart, accepted, EnteredOn.TryGetValue(CaseStage.Review, out var review) ? review : null, CaseStage.Acceptance);
            Add(TimeLimit.DataCheck, accepted, FirstVerifiedOn, CaseStage.Acceptance);
            if (Needs.Contains(Need.BasicLiving))
            {
                Add(IsSpecialCase ? TimeLimit.DibaoDecisionSpecial : TimeLimit.DibaoDecision, accepted, DecidedOn, CaseStage.Review);
            }

            if (Needs.Contains(Need.Temporary) || Needs.Contains(Need.Medical))
            {
                var reviewed = Min(DateOfFirst<NoticePublished>(), DecidedOn);
                Add(TimeLimit.TemporaryOrMedicalReview, accepted, reviewed, CaseStage.Review);
                if (reviewed is { } reviewedOn)
                {
                    Add(TimeLimit.TemporaryOrMedicalApproval, reviewedOn, DecidedOn, CaseStage.Review);
                }
            }
        }

        if (Notice is { Withdrawn: false } notice && (DecidedOn is null || DecidedOn > notice.LastDay))
        {
            Add(TimeLimit.CountyConfirmation, notice.LastDay, DecidedOn, CaseStage.Review);
        }

        if (Resolution == CaseResolution.Rejected && DecidedOn is { } rejected)
        {
            Add(TimeLimit.RejectionNotice, rejected, RejectionNotifiedOn, CaseStage.Decision);
        }

        return new CaseSchedule(deadlines.ToImmutable(), [.. notSet]);
    }

    private LocalDate? DateOfFirst<TEvent>()
        where TEvent : CaseEvent =>
        Events.OfType<TEvent>().FirstOrDefault() is { } e ? DateOf(e.At) : null;

    private static LocalDate? Min(LocalDate? left, LocalDate? right) =>
        left is { } l && right is { } r ? (l < r ? l : r) : left ?? right;
}
