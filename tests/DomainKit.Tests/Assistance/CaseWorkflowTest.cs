using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>The case workflow, hand-computed (ZF-WF-01 to ZF-WF-04, VR-02, VR-04, WF-05, PB-01 to PB-03).</summary>
public class CaseWorkflowTest
{
    [Fact]
    [Trait("rule", "ZF-WF-02")]
    [Trait("rule", "ZF-WF-03")]
    [Trait("rule", "ZF-WF-04")]
    public void AWalkInCase_GoesThroughEveryStage_AndItsHistoryReplaysToTheSameCase()
    {
        var ledger = Ledger();
        var noticed = Noticed(Need.Temporary, Need.Medical, Need.Housing);

        // ZF-WF-04: temporary → civil affairs, medical → health; housing has no department and goes to the county.
        Assert.Equal([Department.Health, Department.CivilAffairs, Department.County], noticed.Tasks.Select(t => t.Department));

        // PB-02: up on Thursday 5 March, 7 days counted from the 6th: the last day is Thursday 12 March.
        Assert.Equal(new LocalDate(2026, 3, 12), noticed.Notice!.LastDay);
        Assert.Equal(ErrorCodes.CaseNoticeIncomplete, Refused(noticed.Approve(By("county-1", March(12, 17), noticed.Version))));
        var approved = Then(noticed, c => c.Approve(By("county-1", March(13), c.Version)));
        Assert.Equal(CaseStage.Decision, approved.Stage);
        Assert.Equal(Money.FromYuan(3_000m), approved.ApprovedAmount);

        var paid = approved.Pay(By("county-1", March(16), approved.Version), Money.FromYuan(3_000m), ledger).Value;
        var account = new LedgerAccount(Fund.TemporaryAssistance, 2026);
        Assert.Equal(Money.FromYuan(2_997_000m), paid.Ledger!.Balance(account));
        var payment = Assert.Single(paid.Case.Payments);
        Assert.Equal(PaymentBasis.Approval, payment.Basis);
        Assert.Equal(approved.ApprovedBy, payment.AuthorisedBy);
        Assert.Equal(paid.Ledger.Version, payment.LedgerSequence);
        Assert.Equal(ErrorCodes.CasePaymentExceedsApproval, Refused(paid.Case.Pay(By("county-1", March(16), paid.Case.Version), Money.FromFen(1), paid.Ledger)));

        var evaluated = Then(paid.Case, c => c.RecordOutcome(By("worker-5", March(20), c.Version), CaseOutcome.Improved));
        Assert.Equal(ErrorCodes.CaseTasksOpen, Refused(evaluated.Close(By("worker-5", March(20), evaluated.Version))));
        var done = evaluated;
        foreach (var department in new[] { Department.Health, Department.CivilAffairs, Department.County })
        {
            done = Then(done, c => c.CompleteTask(By("dept-" + (int)department, March(23), c.Version), department));
        }

        var closed = Then(done, c => c.Close(By("worker-5", March(24), c.Version)));
        Assert.Equal(CaseStage.Closed, closed.Stage);
        Assert.Equal(
            [CaseStage.Report, CaseStage.Acceptance, CaseStage.Review, CaseStage.Decision, CaseStage.EffectEvaluation, CaseStage.Closed],
            closed.EnteredOn.Keys.Order());

        var replayed = AssistanceCase.Replay(closed.Events);
        Assert.True(replayed.IsSuccess);
        Assert.Equal(closed, replayed.Value);
        Assert.Equal(closed.TotalPaid, replayed.Value.TotalPaid);
        Assert.Equal(closed.Accountable, replayed.Value.Accountable);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(closed.CompleteTask(By("x", March(25), closed.Version), Department.Health)));
    }

    [Fact]
    [Trait("rule", "ZF-WF-01")]
    [Trait("rule", "ZF-MP-04")]
    public void ProactiveDiscovery_StartsAtDiscovery_AndMustBeReportedBeforeItIsAccepted()
    {
        var found = Opened(IntakeChannel.ProactiveDiscovery);
        Assert.Equal(CaseStage.Discovery, found.Stage);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(found.Accept(By("window-7", March(2), found.Version), [Need.BasicLiving], Policy)));
        var reported = Then(found, c => c.Report(By("volunteer-9", March(2, 11), c.Version)));
        Assert.Equal(CaseStage.Report, reported.Stage);
        Assert.Equal("volunteer-9", reported.Accountable[CaseStage.Report]);
        Assert.Equal(CaseStage.Report, Opened(IntakeChannel.OneKeyPlatform).Stage);
    }

    [Fact]
    public void AStaleVersion_IsAConflict_AndTheCaseIsUnchanged()
    {
        var accepted = Accepted(Need.BasicLiving);
        var first = accepted.StartInvestigation(By("lead-3", March(3), accepted.Version), ["inv-1", "inv-2"], Policy);
        Assert.True(first.IsSuccess);

        // A second member of staff acted on the same version: refused, whatever the command.
        Assert.Equal(ResultStatus.Conflict, accepted.StartInvestigation(By("lead-4", March(3), accepted.Version - 1), ["inv-1", "inv-2"], Policy).Status);
        Assert.Equal(ResultStatus.Conflict, first.Value.Case.RecordVerification(By("inv-2", March(3), accepted.Version), VerificationSource.Tax, Money.Zero, Money.Zero).Status);
        Assert.Equal(ResultStatus.Conflict, first.Value.Case.Pay(By("inv-2", March(3), accepted.Version), Money.FromYuan(1m), Ledger()).Status);
        Assert.Equal(CaseStage.Acceptance, accepted.Stage);
        Assert.Equal(2, accepted.Version);
    }

    [Fact]
    public void BadInput_IsInvalidWithFieldPaths_NeverAnException()
    {
        var bad = AssistanceCase.Open(" ", (IntakeChannel)99, Applicant with { Name = "", HouseholdSize = 0 }, By("", Instant.MaxValue, 0, ""), "Mars/Olympus");
        Assert.Equal(ResultStatus.Invalid, bad.Status);
        Assert.Superset(
            new HashSet<string> { "caseId", "staffId", "reason", "at", "channel", "applicant.name", "applicant.householdSize", "timeZoneId" },
            bad.ValidationErrors.Select(e => e.Identifier).ToHashSet());

        var accepted = Accepted(Need.BasicLiving);
        Assert.Equal(ErrorCodes.OutOfRange, Refused(accepted.RecordVerification(By("inv", March(3), accepted.Version), (VerificationSource)0, Money.Zero, Money.Zero)));
        Assert.Equal(ErrorCodes.CaseEventTimeOrder, Refused(accepted.RecordVerification(By("inv", March(1), accepted.Version), VerificationSource.Tax, Money.Zero, Money.Zero)));
        Assert.Equal(ErrorCodes.UnknownName, Refused(Opened().Accept(By("w", March(2), 1), [(Need)42], Policy)));
    }

    [Fact]
    public void Investigation_NeedsThePolicysNumberOfDistinctInvestigators()
    {
        var accepted = Accepted(Need.BasicLiving);
        Assert.Equal(ErrorCodes.CaseInvestigatorsTooFew, Refused(accepted.StartInvestigation(By("lead", March(3), accepted.Version), ["inv-1"], Policy)));
        Assert.Equal(ErrorCodes.Required, Refused(accepted.StartInvestigation(By("lead", March(3), accepted.Version), ["inv-1", "inv-1"], Policy)));
        var three = PolicySets.ZhifuPilot.With(TimeLimitParameters.MinimumInvestigators, 3, new LocalDate(2026, 1, 1));
        Assert.Equal(ErrorCodes.CaseInvestigatorsTooFew, Refused(accepted.StartInvestigation(By("lead", March(3), accepted.Version), ["inv-1", "inv-2"], three)));
    }

    [Fact]
    public void AnObjection_WithdrawsTheNotice_AndSendsTheCaseBackToInvestigation()
    {
        var noticed = Noticed(Need.Temporary);
        var objected = Then(noticed, c => c.RaiseObjection(By("town-2", March(12, 16), c.Version, "neighbour reports a car")));
        Assert.True(objected.Notice!.Withdrawn);
        Assert.Equal(1, objected.Objections);
        Assert.Equal(CaseStage.Review, objected.Stage);
        Assert.Equal(ErrorCodes.CaseNoticeIncomplete, Refused(objected.Approve(By("county-1", March(20), objected.Version))));

        // A new opinion goes up; an objection after its last day is refused, and approval follows.
        var renoticed = Then(objected, c => c.PublishNotice(By("town-2", March(16), c.Version), Programme.TemporaryAssistance, Money.FromYuan(2_000m), Policy, WorkingDayCalendar.MondayToFriday));
        Assert.Equal(new LocalDate(2026, 3, 23), renoticed.Notice!.LastDay);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(renoticed.RaiseObjection(By("town-2", March(24), renoticed.Version))));
        var approved = Then(renoticed, c => c.Approve(By("county-1", March(24), c.Version)));
        Assert.Equal(Money.FromYuan(2_000m), approved.ApprovedAmount);
    }

    [Fact]
    public void TheNotice_EndsOnTheNextWorkingDay_WhenItsLastDayIsAHoliday()
    {
        // GEN-01: 7 days from Thursday 5 March end on Thursday 12 March, a holiday here, so on Friday 13 March.
        var calendar = WorkingDayCalendar.Create("test", [new LocalDate(2026, 3, 12)], []).Value;
        var reviewed = Reviewed(Need.Temporary);
        var noticed = Then(reviewed, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.TemporaryAssistance, Money.FromYuan(100m), Policy, calendar));
        Assert.Equal(new LocalDate(2026, 3, 13), noticed.Notice!.LastDay);
    }

    [Fact]
    public void AConflictOfInterest_ForcesAHomeVisitBeforeApproval()
    {
        var reviewed = Reviewed(Need.Temporary);
        var related = Then(reviewed, c => c.RequireHomeVisit(By("lead-3", March(4, 15), c.Version, "applicant is a cousin of window-7"), HomeVisitCause.ConflictOfInterest));
        var noticed = Then(related, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.TemporaryAssistance, Money.FromYuan(500m), Policy, WorkingDayCalendar.MondayToFriday));
        Assert.Equal(ErrorCodes.CaseHomeVisitPending, Refused(noticed.Approve(By("county-1", March(13), noticed.Version))));
        Assert.Equal(ErrorCodes.CaseInvestigatorsTooFew, Refused(noticed.RecordHomeVisit(By("inv-1", March(13), noticed.Version), ["inv-1"], Policy)));
        var visited = Then(noticed, c => c.RecordHomeVisit(By("inv-1", March(13), c.Version), ["inv-1", "inv-3"], Policy));
        Assert.False(visited.HomeVisitPending);
        Assert.Equal(CaseStage.Decision, Then(visited, c => c.Approve(By("county-1", March(13, 10), c.Version))).Stage);
    }

    [Fact]
    [Trait("rule", "ZF-VR-01")]
    public void Approval_NeedsARegisterCheck()
    {
        var accepted = Accepted(Need.Temporary);
        var investigated = Then(accepted, c => c.StartInvestigation(By("lead-3", March(3), c.Version), ["inv-1", "inv-2"], Policy));
        var noticed = Then(investigated, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.TemporaryAssistance, Money.FromYuan(500m), Policy, WorkingDayCalendar.MondayToFriday));
        Assert.Equal(ErrorCodes.CaseNotVerified, Refused(noticed.Approve(By("county-1", March(13), noticed.Version))));
    }

    [Fact]
    public void Findings_GiveTheSizeOfEachDiscrepancy()
    {
        var reviewed = Reviewed(Need.BasicLiving);
        var checkedTax = Then(reviewed, c => c.RecordVerification(By("inv-2", March(4, 11), c.Version), VerificationSource.Tax, Money.FromYuan(30_000m), Money.FromYuan(24_000m)));
        Assert.Equal(2, checkedTax.Findings.Length);
        Assert.Equal(Money.FromYuan(1_200m), checkedTax.Findings[0].Discrepancy);
        Assert.Equal(Money.FromYuan(-6_000m), checkedTax.Findings[1].Discrepancy);
        Assert.Equal(Money.FromYuan(6_000m), checkedTax.Findings[1].Size);
        Assert.Equal(new LocalDate(2026, 3, 4), checkedTax.FirstVerifiedOn);
    }

    [Fact]
    public void WithoutARoutingTable_EveryNeedGoesToTheCounty()
    {
        var opened = Opened();
        var accepted = Then(opened, c => c.Accept(By("window-7", March(2, 10), c.Version), [Need.Medical, Need.Education, Need.Medical], PolicySets.NationalBaseline));
        var task = Assert.Single(accepted.Tasks);
        Assert.Equal(Department.County, task.Department);
        Assert.Equal([Need.Medical, Need.Education], task.Needs.AsEnumerable());
        Assert.Equal(ErrorCodes.CaseTransition, Refused(accepted.CompleteTask(By("dept", March(3), accepted.Version), Department.Health)));
    }

    [Fact]
    public void Rejection_IsNotifiedInWriting_ThenTheCaseCloses()
    {
        var reviewed = Reviewed(Need.BasicLiving);
        var rejected = Then(reviewed, c => c.Reject(By("county-1", March(6), c.Version, "income above the line")));
        Assert.Equal(CaseResolution.Rejected, rejected.Resolution);
        Assert.Empty(rejected.Events.OfType<RecoveryOpened>());
        Assert.Equal(ErrorCodes.CaseTransition, Refused(rejected.Close(By("county-1", March(6), rejected.Version))));
        var notified = Then(rejected, c => c.NotifyRejection(By("county-1", March(9), c.Version)));
        var done = Then(notified, c => c.CompleteTask(By("civil", March(9), c.Version), Department.CivilAffairs));
        Assert.Equal(CaseStage.Closed, Then(done, c => c.Close(By("county-1", March(9), c.Version))).Stage);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(notified.NotifyRejection(By("county-1", March(9), notified.Version))));
    }

    [Fact]
    public void TheMoreWorkOnACommand_TheMoreItRefusesWhole()
    {
        // Approval with aid paid first above the approved amount appends two events or none.
        var accepted = Accepted(Need.Temporary);
        var first = accepted.PayFirst(By("director", March(2, 11), accepted.Version), Money.FromYuan(4_000m), Ledger(), Policy, WorkingDayCalendar.MondayToFriday).Value;
        var completed = Then(first.Case, c => c.CompletePaperwork(By("window-7", March(3), c.Version)));
        var investigated = Then(completed, c => c.StartInvestigation(By("lead-3", March(3, 10), c.Version), ["inv-1", "inv-2"], Policy));
        var verified = Then(investigated, c => c.RecordVerification(By("inv-1", March(4), c.Version), VerificationSource.Banks, Money.Zero, Money.Zero));
        var noticed = Then(verified, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.TemporaryAssistance, Money.FromYuan(3_000m), Policy, WorkingDayCalendar.MondayToFriday));
        var approval = noticed.Approve(By("county-1", March(13), noticed.Version)).Value;
        Assert.Equal(2, approval.Events.Length);
        var recovery = Assert.IsType<RecoveryOpened>(approval.Events[1]);
        Assert.Equal(RecoveryCause.PaidAboveApproval, recovery.Cause);
        Assert.Equal(Money.FromYuan(1_000m), recovery.Amount);
        Assert.Equal(CaseStage.Decision, recovery.Stage);
        Assert.Equal(Money.FromYuan(1_000m), approval.Case.RecoveryOutstanding);
    }
}
