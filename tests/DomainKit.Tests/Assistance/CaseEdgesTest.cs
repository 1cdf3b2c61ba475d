using System.Collections.Immutable;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Outputs;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The case workflow at its edges, hand-computed: amounts exactly at what is left, dates exactly on a notice's last
/// day, policies without the parameters a command reads, instants beyond the years events may have, and the
/// equality of the values a case hands out.
/// </summary>
public class CaseEdgesTest
{
    private static readonly PolicySet Empty = PolicySet.Create("empty", "Empty", "1", string.Empty, []).Value;

    /// <summary>Paid first on 2 March, its paperwork completed the same day, then reviewed and its notice up on Thursday 5 March.</summary>
    private static AssistanceCase PaidFirstThenNoticed(decimal paidFirst, decimal proposed)
    {
        var accepted = Accepted(Need.Temporary);
        var paid = accepted.PayFirst(By("director", March(2, 11), accepted.Version), Money.FromYuan(paidFirst), Ledger(), Policy, WorkingDayCalendar.MondayToFriday).Value;
        var completed = Then(paid.Case, c => c.CompletePaperwork(By("window-7", March(2, 15), c.Version)));
        return Noticed(completed, Money.FromYuan(proposed), Policy);
    }

    [Fact]
    public void Approval_OfExactlyWhatWasPaidFirst_OpensNoRecovery_OneFenLessOpensOneFen()
    {
        var exact = PaidFirstThenNoticed(3_000m, 3_000m);
        var approved = exact.Approve(By("county-1", March(13), exact.Version)).Value;
        Assert.IsType<CaseApproved>(Assert.Single(approved.Events));
        Assert.Equal(Money.Zero, approved.Case.RecoveryDue);

        var less = PaidFirstThenNoticed(3_000m, 2_999.99m);
        var recovered = less.Approve(By("county-1", March(13), less.Version)).Value;
        Assert.Equal(Money.FromFen(1), Assert.IsType<RecoveryOpened>(recovered.Events[^1]).Amount);
    }

    [Fact]
    public void Fraud_OfExactlyWhatIsNotYetBeingRecovered_IsEstablished_OneFenMoreIsRefused()
    {
        // Paid 3,000.00 first, approved 2,999.99: 0.01 is already being recovered, so fraud can claim 2,999.99.
        var less = PaidFirstThenNoticed(3_000m, 2_999.99m);
        var approved = Then(less, c => c.Approve(By("county-1", March(13), c.Version)));
        Assert.Equal(Money.FromFen(1), approved.RecoveryDue);
        var refused = approved.EstablishFraud(By("county-1", March(16), approved.Version), Money.FromYuan(3_000m), Policy);
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal(("amountObtained", ErrorCodes.CaseRecoveryExceeds), (error.Identifier, error.ErrorCode));
        Assert.Equal("The case was paid ¥3000.00, of which ¥0.01 is already being recovered.", error.ErrorMessage);
        var fraud = approved.EstablishFraud(By("county-1", March(16), approved.Version), Money.FromYuan(2_999.99m), Policy).Value;
        Assert.Equal(Money.FromYuan(3_000m), fraud.Case.RecoveryDue);
    }

    [Fact]
    public void Commands_ThatReadAParameterThePolicyLacks_AreRefusedNamingIt()
    {
        var accepted = Accepted(Need.Temporary);
        var investigation = accepted.StartInvestigation(By("lead-3", March(3), accepted.Version), ["inv-1", "inv-2"], Empty);
        Assert.Equal(ErrorCodes.ParameterMissing, Refused(investigation));
        Assert.Contains(TimeLimitParameters.MinimumInvestigators.Id, Assert.Single(investigation.ValidationErrors).Identifier, StringComparison.Ordinal);

        var reviewed = Reviewed(Need.Temporary);
        var notice = reviewed.PublishNotice(By("town-2", March(5), reviewed.Version), Programme.TemporaryAssistance, Money.FromYuan(3_000m), Empty, WorkingDayCalendar.MondayToFriday);
        Assert.Equal(ErrorCodes.ParameterMissing, Refused(notice));

        var fraud = reviewed.EstablishFraud(By("county-1", March(5), reviewed.Version), Money.FromYuan(100m), Empty);
        Assert.Equal(ErrorCodes.ParameterMissing, Refused(fraud));

        var publication = Noticed(Need.Temporary).Publication(Empty);
        Assert.Equal(ErrorCodes.ParameterMissing, Assert.Single(publication.ValidationErrors).ErrorCode);
        Assert.Contains(CaseParameters.PublicationNameMasking.Id, publication.ValidationErrors.First().Identifier, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithAnUndefinedChannel_IsRefusedAtTheChannel()
    {
        var result = AssistanceCase.Open("case-1", (IntakeChannel)99, Applicant, By("window-7", March(2), 0));
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(("channel", ErrorCodes.UnknownName, "The channel is not one the library knows."), (error.Identifier, error.ErrorCode, error.ErrorMessage));
    }

    [Fact]
    public void DateOf_ReadsAnInstantBeyondTheYearsOfEventsAtTheNearerBound()
    {
        var opened = Opened();
        Assert.Equal(new LocalDate(2000, 1, 1), opened.DateOf(Instant.FromUtc(1900, 6, 1, 0, 0)));
        Assert.Equal(new LocalDate(2000, 1, 1), opened.DateOf(Instant.MinValue));
        Assert.Equal(new LocalDate(2200, 12, 1), opened.DateOf(Instant.FromUtc(2300, 6, 1, 0, 0)));
        Assert.Equal(new LocalDate(2200, 12, 1), opened.DateOf(Instant.MaxValue));
        Assert.Equal(new LocalDate(2026, 3, 2), opened.DateOf(March(2)));
    }

    [Fact]
    public void Replay_OfNoEvents_IsRefused_AndCasesAreEqualByTheirHistories()
    {
        var error = Assert.Single(AssistanceCase.Replay([]).ValidationErrors);
        Assert.Equal(("events", ErrorCodes.Required, "A case's history begins with the event that opened it."), (error.Identifier, error.ErrorCode, error.ErrorMessage));

        var accepted = Accepted(Need.Temporary);
        var withNull = Assert.Single(AssistanceCase.Replay([accepted.Events[0], null!]).ValidationErrors);
        Assert.Equal(("events[1]", ErrorCodes.Required, "An event is required."), (withNull.Identifier, withNull.ErrorCode, withNull.ErrorMessage));

        var replayed = AssistanceCase.Replay(accepted.Events).Value;
        Assert.True(accepted.Equals(replayed));
        Assert.Equal(accepted.GetHashCode(), replayed.GetHashCode());
        Assert.False(accepted.Equals(Opened()));
        Assert.False(accepted.Equals((AssistanceCase?)null));
    }

    [Fact]
    public void Schedule_HoldsACaseShortOfTheAnswerableStage_WhereItIs()
    {
        // Accepted for basic living: the dibao decision is answered at review, but the case is still at acceptance,
        // so whoever is accountable at acceptance answers for it.
        var accepted = Accepted(Need.BasicLiving);
        var assigned = Then(accepted, c => c.AssignAccountable(By("head-1", March(2, 11), c.Version), "acceptance-lead"));
        var dibao = Assert.Single(assigned.Schedule(Policy, WorkingDayCalendar.MondayToFriday).Deadlines, d => d.Deadline.Limit == TimeLimit.DibaoDecision);
        Assert.Equal((CaseStage.Acceptance, "acceptance-lead"), (dibao.Stage, dibao.AccountableStaffId));
    }

    [Fact]
    public void CountyConfirmation_IsDueOnlyWhenTheDecisionComesAfterTheNoticesLastDay()
    {
        var noticed = Noticed(Need.Temporary);
        var lastDay = noticed.Notice!.LastDay;
        Assert.True(noticed.Notice.IsRunningOn(lastDay));
        Assert.False(noticed.Notice.IsRunningOn(lastDay.PlusDays(1)));
        Assert.True(noticed.Notice.IsRunningOn(noticed.Notice.PublishedOn));
        Assert.False(noticed.Notice.IsRunningOn(noticed.Notice.PublishedOn.PlusDays(-1)));
        Assert.False((noticed.Notice with { Withdrawn = true }).IsRunningOn(lastDay));

        Instant At(LocalDate date) => date.At(new LocalTime(17, 0)).InZoneStrictly(China).ToInstant();
        var onLastDay = Then(noticed, c => c.Reject(By("county-1", At(lastDay), c.Version)));
        Assert.DoesNotContain(onLastDay.Schedule(Policy, WorkingDayCalendar.MondayToFriday).Deadlines, d => d.Deadline.Limit == TimeLimit.CountyConfirmation);
        var dayAfter = Then(noticed, c => c.Reject(By("county-1", At(lastDay.PlusDays(1)), c.Version)));
        Assert.Contains(dayAfter.Schedule(Policy, WorkingDayCalendar.MondayToFriday).Deadlines, d => d.Deadline.Limit == TimeLimit.CountyConfirmation);
    }

    [Fact]
    public void WorkingDaysLate_StopCountingAHundredYearsAfterTheDeadline()
    {
        var deadline = Accepted(Need.Temporary).Schedule(Policy, WorkingDayCalendar.MondayToFriday).Deadlines[0];
        var due = deadline.Deadline.Due;
        var counted = WorkingDayCalendar.MondayToFriday.WorkingDaysBetween(due, due.PlusDays(36_600));
        Assert.Equal(counted, deadline.WorkingDaysLate(due.PlusDays(40_000)));
        Assert.Equal(counted, deadline.WorkingDaysLate(due.PlusDays(36_600)));
        Assert.Equal(0, deadline.WorkingDaysLate(due));
    }

    [Fact]
    public void Support_ListsANeedPaidFromAFundEvenWhenTheCaseWasNotAcceptedForIt()
    {
        // Accepted for temporary need, approved and paid medical assistance from the medical fund.
        var reviewed = Reviewed(Need.Temporary);
        var noticed = Then(reviewed, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.MedicalAssistance, Money.FromYuan(800m), Policy, WorkingDayCalendar.MondayToFriday));
        var approved = Then(noticed, c => c.Approve(By("county-1", March(13), c.Version)));
        var paid = Then(approved, c => c.Pay(By("county-1", March(16), c.Version), Money.FromYuan(800m), Ledger()));
        var lines = paid.Support();
        Assert.Equal([Need.Temporary, Need.Medical], lines.Select(l => l.Need));
        Assert.Equal(Money.FromYuan(800m), lines.Single(l => l.Need == Need.Medical).Government);
    }

    [Fact]
    public void HouseholdSupport_AddsServicesUp_RefusesTwoHouseholds_AndANullCase()
    {
        AssistanceCase Served(string caseId)
        {
            var opened = AssistanceCase.Open(caseId, IntakeChannel.WalkInWindow, Applicant, By("window-7", March(2), 0)).Value.Case;
            var accepted = Then(opened, c => c.Accept(By("window-7", March(2, 10), c.Version), [Need.Care], Policy));
            return Then(accepted, c => c.RecordService(By("social-1", March(3), c.Version), ServiceProvider.Volunteer, ServiceKind.DailyCare, Need.Care, 3));
        }

        var line = Assert.Single(HouseholdSupport.Of([Served("case-1"), Served("case-2")]).Value);
        Assert.Equal((Need.Care, 2), (line.Need, line.Services));

        var other = AssistanceCase.Open("case-3", IntakeChannel.WalkInWindow, Applicant with { ResidentId = ResidentId.Parse("110105194912310038").Value }, By("window-7", March(2), 0)).Value.Case;
        var error = Assert.Single(HouseholdSupport.Of([Served("case-1"), other]).ValidationErrors);
        Assert.Equal(("cases", ErrorCodes.CaseTransition, "The cases belong to more than one household."), (error.Identifier, error.ErrorCode, error.ErrorMessage));
        var nullCase = Assert.Throws<ArgumentNullException>(() => HouseholdSupport.Of([Served("case-1"), null!]));
        Assert.StartsWith("A case is null.", nullCase.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Supervision_ReportsTheParametersNotSet_AndAGreenChannelPaymentAsALargeAmount()
    {
        var accepted = Accepted(Need.Temporary);
        var report = Supervision.Accountability([accepted], PolicySets.ZhifuPilot, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 4, 30));
        Assert.Contains(TimeLimitParameters.TemporaryOrMedicalReview.Id, report.NotSet);

        var paid = accepted.PayFirst(By("director", March(2, 11), accepted.Version), Money.FromYuan(50_000m), Ledger(), Policy, WorkingDayCalendar.MondayToFriday).Value.Case;
        Assert.Contains(EscalationReason.LargeAmount, Supervision.Criteria(paid, Policy, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 3, 2)));
        var smaller = accepted.PayFirst(By("director", March(2, 11), accepted.Version), Money.FromYuan(49_999.99m), Ledger(), Policy, WorkingDayCalendar.MondayToFriday).Value.Case;
        Assert.DoesNotContain(EscalationReason.LargeAmount, Supervision.Criteria(smaller, Policy, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void ACharityProject_AcceptsItsOwnNeed_FromItsFirstDayToItsLast()
    {
        var project = CharityProject.Create("sight", "sight restoration", Need.Medical, new LedgerAccount(Fund.Charity, 2026, "sight"), Money.FromYuan(6_000m), [Programme.Dibao], new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)).Value;
        Assert.True(project.Accepts(Need.Medical, [Programme.Dibao], new LocalDate(2026, 3, 1)));
        Assert.True(project.Accepts(Need.Medical, [Programme.Margin, Programme.Dibao], new LocalDate(2026, 3, 31)));
        Assert.False(project.Accepts(Need.Medical, [Programme.Dibao], new LocalDate(2026, 2, 28)));
        Assert.False(project.Accepts(Need.Medical, [Programme.Dibao], new LocalDate(2026, 4, 1)));
        Assert.False(project.Accepts(Need.Education, [Programme.Dibao], new LocalDate(2026, 3, 1)));
        Assert.False(project.Accepts(Need.Medical, [Programme.Margin], new LocalDate(2026, 3, 1)));
    }

    [Fact]
    public void AFreshEvent_HasEmptyHeaderText_NotNull()
    {
        var e = new CaseClosed();
        Assert.Equal((string.Empty, string.Empty, string.Empty), (e.CaseId, e.StaffId, e.Reason));
    }

    [Fact]
    public void TheApplicantsText_ShowsTheMaskedIdNumberAndHouseholdSize()
    {
        Assert.Equal($"applicant {Applicant.ResidentId.Masked}, household of {Applicant.HouseholdSize}", Applicant.ToString());
        Assert.DoesNotContain(Applicant.Name, Applicant.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RoutingTables_RefuseUnknownAndTwiceRoutedNeeds_AndWriteTheirRoutes()
    {
        var errors = RoutingTable.Create([KeyValuePair.Create((Need)99, Department.Health), KeyValuePair.Create(Need.Medical, (Department)99), KeyValuePair.Create(Need.Care, Department.Health), KeyValuePair.Create(Need.Care, Department.CivilAffairs)]).ValidationErrors.ToList();
        Assert.Equal(
            [("routes", ErrorCodes.UnknownName), ("routes.medical", ErrorCodes.UnknownName), ("routes.care", ErrorCodes.JsonDuplicateProperty)],
            errors.Select(e => (e.Identifier, e.ErrorCode)));
        Assert.Equal("A need is basicLiving, temporary, medical, education, employment, care, housing or charity.", errors[0].ErrorMessage);
        Assert.Equal("The department is not one the library knows.", errors[1].ErrorMessage);
        Assert.Equal("The need Care is routed twice.", errors[2].ErrorMessage);

        var table = RoutingTable.Create([KeyValuePair.Create(Need.Medical, Department.Health), KeyValuePair.Create(Need.Education, Department.EducationAndSports)]).Value;
        Assert.Equal("Medical → Health, Education → EducationAndSports", table.ToString());
        Assert.Equal(Department.County, table.Route((Need)Enum.GetValues<Need>().Length + 1));
    }

    [Fact]
    public void ValuesACaseHandsOut_AreEqualExactlyWhenEveryPropertyIs()
    {
        var charity = new LedgerAccount(Fund.Charity, 2026, "sight");
        CharityProject Project(string id = "p", string name = "n", Need purpose = Need.Medical, LedgerAccount? account = null, decimal max = 100m, Programme[]? standings = null, int fromDay = 1, int? untilDay = null) =>
            CharityProject.Create(id, name, purpose, account ?? charity, Money.FromYuan(max), standings ?? [], new LocalDate(2026, 1, fromDay), untilDay is { } d ? new LocalDate(2026, 12, d) : null).Value;
        EqualityLaws.Hold<CharityProject>(
        [
            Project(), Project(), Project(id: "q"), Project(name: "m"), Project(purpose: Need.Education), Project(account: new LedgerAccount(Fund.Charity, 2026, "kidney")),
            Project(max: 200m), Project(standings: [Programme.Dibao]), Project(fromDay: 2), Project(untilDay: 31),
        ]);
        EqualityLaws.Hold<DepartmentTask>(
        [
            new(Department.Health, [Need.Medical], null), new(Department.Health, [Need.Medical], null), new(Department.EducationAndSports, [Need.Medical], null),
            new(Department.Health, [Need.Medical, Need.Care], null), new(Department.Health, [Need.Medical], "done-1"),
        ]);
        EqualityLaws.Hold<RoutingTable>(
        [
            RoutingTable.Empty, RoutingTable.Create([]).Value, RoutingTable.Create([KeyValuePair.Create(Need.Medical, Department.Health)]).Value,
            RoutingTable.Create([KeyValuePair.Create(Need.Medical, Department.CivilAffairs)]).Value,
        ]);

        var cases = CaseStateMachineTest.SampleCases().Take(30).ToList();
        var calendar = WorkingDayCalendar.MondayToFriday;
        EqualityLaws.Hold<CaseSchedule>([.. cases.Select(c => c.Schedule(Policy, calendar)), .. cases.Select(c => c.Schedule(PolicySets.ZhifuPilot, calendar))]);
        List<AccountabilityReport> reports = [];
        foreach (var asOf in new[] { new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 30) })
        {
            reports.Add(Supervision.Accountability(cases, Policy, calendar, asOf));
            reports.Add(Supervision.Accountability(cases.Take(10), Policy, calendar, asOf));
            reports.Add(Supervision.Accountability([], Policy, calendar, asOf));
            reports.Add(Supervision.Accountability(cases, PolicySets.ZhifuPilot, calendar, asOf));
        }

        reports.Add(Supervision.Accountability(cases, Policy, calendar, new LocalDate(2026, 4, 30)));
        EqualityLaws.Hold<AccountabilityReport>(reports);
    }
}
