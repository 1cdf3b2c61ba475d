using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>The commands that move a case through its stages (ZF-WF-01 to ZF-WF-04, VR-02, VR-04, WF-05, PB-01, PB-02, ZF-ACC-02, ZF-MP-01, ZF-MP-03).</summary>
public sealed partial record AssistanceCase
{
    /// <summary>Opens a case on a channel (ZF-WF-01): at discovery when a worker found the household, otherwise at report.</summary>
    /// <param name="caseId">The case's opaque ID (1 to 64 characters), chosen by the integrator.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="applicant">The applicant.</param>
    /// <param name="command">Who opens it, when and why; the expected version is 0.</param>
    /// <param name="timeZoneId">The IANA time zone in which the case's dates are read.</param>
    /// <returns>The new case and its opening event, or Invalid naming each bad field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    public static Result<CaseUpdate> Open(string caseId, IntakeChannel channel, CaseApplicant applicant, CaseCommand command, string timeZoneId = DefaultTimeZoneId)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ExpectedVersion != 0)
        {
            return Result<CaseUpdate>.Conflict($"A new case has version 0, not {command.ExpectedVersion}.");
        }

        var opened = new CaseOpened
        {
            Sequence = 1,
            CaseId = caseId,
            StaffId = command.StaffId,
            At = command.At,
            Stage = Enum.IsDefined(channel) ? InitialStage(channel) : default,
            Reason = command.Reason,
            Channel = channel,
            Applicant = applicant,
            TimeZoneId = timeZoneId,
        };
        var started = Start(opened);
        return started.IsSuccess
            ? new CaseUpdate(started.Value, [opened])
            : Result<CaseUpdate>.Invalid(started.ValidationErrors);
    }

    /// <summary>Records that whoever found the household helped it report its need to a window.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> Report(CaseCommand command) => Run(command, new CaseReported());

    /// <summary>
    /// Accepts the request at one window and routes each need to its department by the routing table in force
    /// (一门受理、协同办理; ZF-WF-02, ZF-WF-04): one task per department, the county for a need the table does not name.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="needs">The needs.</param>
    /// <param name="policy">The policy set, for its routing table.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> Accept(CaseCommand command, IEnumerable<Need> needs, PolicySet policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(policy);
        var table = policy.ValueAtOrNull(CaseParameters.Routing, DateOf(command.At))?.Value ?? RoutingTable.Empty;
        var sorted = needs.Distinct().Order().ToImmutableArray();
        return Run(command, new CaseAccepted { Needs = sorted, Tasks = table.Tasks(sorted) });
    }

    /// <summary>Starts the investigation with at least the policy's number of investigators (VR-04).</summary>
    /// <param name="command">The command.</param>
    /// <param name="investigators">The investigators' staff IDs.</param>
    /// <param name="policy">The policy set.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> StartInvestigation(CaseCommand command, IEnumerable<string> investigators, PolicySet policy) =>
        WithMinimumInvestigators(command, investigators, policy, (list, minimum) => new InvestigationStarted { Investigators = list, MinimumInvestigators = minimum });

    /// <summary>Records a register's figure against the household's declaration (VR-02, ZF-VR-01).</summary>
    /// <param name="command">The command.</param>
    /// <param name="source">The register.</param>
    /// <param name="declared">What the household declared.</param>
    /// <param name="verified">What the register shows.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> RecordVerification(CaseCommand command, VerificationSource source, Money declared, Money verified) =>
        Run(command, new VerificationRecorded { Finding = new VerificationFinding(source, declared, verified) });

    /// <summary>Makes a home visit mandatory before approval (WF-05): the applicant is related to staff, or there was a complaint.</summary>
    /// <param name="command">The command.</param>
    /// <param name="cause">Why.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> RequireHomeVisit(CaseCommand command, HomeVisitCause cause) => Run(command, new HomeVisitRequired { Cause = cause });

    /// <summary>Records a home visit by at least the policy's number of investigators (WF-05, VR-04).</summary>
    /// <param name="command">The command.</param>
    /// <param name="investigators">The investigators' staff IDs.</param>
    /// <param name="policy">The policy set.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> RecordHomeVisit(CaseCommand command, IEnumerable<string> investigators, PolicySet policy) =>
        WithMinimumInvestigators(command, investigators, policy, (list, minimum) => new HomeVisitRecorded { Investigators = list, MinimumInvestigators = minimum });

    /// <summary>
    /// Puts the township opinion up for public notice (PB-01, PB-02) for the policy's number of days, counted from
    /// the day after publication and ending on the next working day when the last falls on a holiday (GEN-01).
    /// </summary>
    /// <param name="command">The command; its date is the day the notice goes up.</param>
    /// <param name="programme">The programme proposed.</param>
    /// <param name="amount">The amount proposed.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> PublishNotice(CaseCommand command, Programme programme, Money amount, PolicySet policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        var date = DateOf(command.At);
        var notice = TimeLimits.Due(TimeLimit.PublicNotice, date, calendar, policy);
        return notice.IsSuccess
            ? Run(command, new NoticePublished { Programme = programme, Amount = amount, PublishedOn = date, LastDay = notice.Value.Due })
            : Refuse(command, notice.ValidationErrors);
    }

    /// <summary>Records an objection to the running notice: the notice is withdrawn and the case goes back to investigation (PB-02).</summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> RaiseObjection(CaseCommand command) => Run(command, new ObjectionRaised());

    /// <summary>
    /// Approves the programme and amount the completed notice proposed, at the county. Where the green channel paid
    /// more than that, the difference is opened for recovery in the same step. A monthly benefit (dibao, extreme
    /// poverty) needs the month it starts, which the policy gives: approve it with
    /// <see cref="Approve(CaseCommand, PolicySet, ApprovalLevel)"/> (WF-04).
    /// </summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid (notice not complete, home visit pending, nothing verified ...), or Conflict.</returns>
    public Result<CaseUpdate> Approve(CaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var approved = Approved(command, new CaseApproved { Programme = Notice?.Programme ?? default, Amount = Notice?.Amount ?? Money.Zero });

        // Every other refusal comes first; an approval that would stand is refused for want of its start month only.
        return approved.IsSuccess && IsMonthly(approved.Value.Case.ApprovedProgramme!.Value)
            ? Result<CaseUpdate>.Invalid(StartMonthRequired())
            : approved;
    }

    /// <summary>Appends an approval; where the green channel paid more than it authorises, the difference is opened for recovery in the same step.</summary>
    private Result<CaseUpdate> Approved(CaseCommand command, CaseApproved approved)
    {
        var excess = TotalPaid - approved.Amount;
        return Notice is not null && excess > Money.Zero
            ? Run(command, approved, new RecoveryOpened { Amount = excess, Cause = RecoveryCause.PaidAboveApproval })
            : Run(command, approved);
    }

    /// <summary>Rejects the case; aid already paid first is opened for recovery in the same step.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> Reject(CaseCommand command)
    {
        var recoverable = TotalPaid - RecoveryDue;
        return recoverable > Money.Zero
            ? Run(command, new CaseRejected(), new RecoveryOpened { Amount = recoverable, Cause = RecoveryCause.RejectedAfterPayingFirst })
            : Run(command, new CaseRejected());
    }

    /// <summary>Refers the case to another department or to charity.</summary>
    /// <param name="command">The command.</param>
    /// <param name="department">Where to.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> Refer(CaseCommand command, Department department) => Run(command, new CaseReferred { Department = department });

    /// <summary>Records that the household was told of the rejection in writing, with reasons (WF-03).</summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> NotifyRejection(CaseCommand command) => Run(command, new RejectionNotified());

    /// <summary>Records that a department finished its part (ZF-WF-02).</summary>
    /// <param name="command">The command.</param>
    /// <param name="department">The department.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> CompleteTask(CaseCommand command, Department department) => Run(command, new TaskCompleted { Department = department });

    /// <summary>Makes a staff member accountable for the case's current stage (ZF-WF-03, ZF-ACC-01).</summary>
    /// <param name="command">The command.</param>
    /// <param name="staffId">The accountable staff member's opaque ID.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> AssignAccountable(CaseCommand command, string staffId) => Run(command, new AccountableAssigned { AccountableStaffId = staffId });

    /// <summary>Escalates the case for supervision on every criterion of the policy it now meets and was not yet escalated for (ZF-ACC-02).</summary>
    /// <param name="command">The command.</param>
    /// <param name="policy">The policy set, for the criteria.</param>
    /// <param name="calendar">The holiday calendar, for lateness.</param>
    /// <returns>The update; Invalid when the case meets no new criterion; or Conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<CaseUpdate> Escalate(CaseCommand command, PolicySet policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reasons = Supervision.Criteria(this, policy, calendar, DateOf(command.At)).Except(Escalations).ToArray();
        return reasons.Length == 0
            ? Refuse(command, [Errors.At("reasons", ErrorCodes.CaseEscalationNoCriterion, "The case meets no escalation criterion of the policy it was not already escalated for.")])
            : Run(command, new CaseEscalated { Reasons = [.. reasons] });
    }

    /// <summary>Records the outcome after aid (effect evaluation), after an approval that was paid or a referral.</summary>
    /// <param name="command">The command.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> RecordOutcome(CaseCommand command, CaseOutcome outcome) => Run(command, new OutcomeRecorded { Outcome = outcome });

    /// <summary>Records what a need still lacks after government programmes paid (ZF-MP-01); it may not fall below what charity has committed.</summary>
    /// <param name="command">The command.</param>
    /// <param name="need">The need.</param>
    /// <param name="amount">What it still lacks; zero when met.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> RecordUnmetNeed(CaseCommand command, Need need, Money amount) => Run(command, new UnmetNeedRecorded { Need = need, Amount = amount });

    /// <summary>Records a service a social organisation, volunteers or a bought-in provider delivered (ZF-MP-03).</summary>
    /// <param name="command">The command.</param>
    /// <param name="provider">Who delivered it.</param>
    /// <param name="service">What it was.</param>
    /// <param name="need">The need it served.</param>
    /// <param name="hours">How many hours it took, 0 to 24.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> RecordService(CaseCommand command, ServiceProvider provider, ServiceKind service, Need need, int hours) =>
        Run(command, new ServiceRecorded { Provider = provider, Service = service, Need = need, Hours = hours });

    /// <summary>Closes the case once every department task is done, every charity referral is paid and nothing remains to recover.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The update, Invalid, or Conflict.</returns>
    public Result<CaseUpdate> Close(CaseCommand command) => Run(command, new CaseClosed());

    /// <summary>
    /// Appends events for a command: checks the command's version, stamps each event with the command's header and
    /// the stage the case is in at that point, and applies them in turn; all or nothing.
    /// </summary>
    private Result<CaseUpdate> Run(CaseCommand command, params CaseEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ExpectedVersion != Version)
        {
            return Result<CaseUpdate>.Conflict($"The case is at version {Version}, not {command.ExpectedVersion}; it has moved on. Reload it and retry.");
        }

        var current = this;
        var appended = ImmutableArray.CreateBuilder<CaseEvent>(events.Length);
        foreach (var e in events)
        {
            var stamped = e with
            {
                Sequence = current.Version + 1,
                CaseId = CaseId,
                StaffId = command.StaffId,
                At = command.At,
                Stage = current.Stage,
                Reason = command.Reason,
            };
            var next = current.Apply(stamped);
            if (!next.IsSuccess)
            {
                return Result<CaseUpdate>.Invalid(next.ValidationErrors);
            }

            current = next.Value;
            appended.Add(stamped);
        }

        return new CaseUpdate(current, appended.ToImmutable());
    }

    private Result<CaseUpdate> WithMinimumInvestigators(CaseCommand command, IEnumerable<string> investigators, PolicySet policy, Func<ImmutableArray<string>, int, InvestigatorsEvent> create)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(investigators);
        ArgumentNullException.ThrowIfNull(policy);
        var minimum = policy.ValueAt(TimeLimitParameters.MinimumInvestigators, DateOf(command.At));
        return minimum.IsSuccess
            ? Run(command, create([.. investigators], minimum.Value.Value))
            : Refuse(command, minimum.ValidationErrors);
    }

    /// <summary>A command refused before it produced events: Conflict when its version is stale, else Invalid.</summary>
    private Result<CaseUpdate> Refuse(CaseCommand command, IEnumerable<ValidationError> errors) =>
        command.ExpectedVersion != Version
            ? Run(command)
            : Result<CaseUpdate>.Invalid(errors);
}
