using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The monthly benefit on a case, worked by hand: it starts the month after confirmation (WF-04), changes or
/// stops from a month on with written reasons (DB-09), is paid month by month from the basic-living fund; the
/// township approves only the temporary assistance delegated to it (TA-02); a special case has the longer
/// dibao decision limit (WF-01).
/// </summary>
public class CaseBenefitTest
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Local = Provenance.Illustrative("A county's delegation in a test");
    private static readonly LedgerAccount BasicLiving2026 = new(Fund.BasicLiving, 2026);

    /// <summary>9:00 in Zhifu on a day of 2026.</summary>
    private static Instant On(int month, int day) => new LocalDateTime(2026, month, day, 9, 0).InZoneStrictly(China).ToInstant();

    private static FundLedger LedgerWithBasicLiving()
    {
        var ledger = Ledger();
        return ledger.Open(BasicLiving2026, Money.FromYuan(100_000m), "finance-1", March(1), "county basic-living budget", ledger.Version).Value;
    }

    /// <summary>A basic-living case whose notice proposed a dibao of 900 yuan a month; the notice ran 5 to 12 March.</summary>
    private static AssistanceCase DibaoNoticed(PolicySet policy) =>
        Then(Reviewed(Accepted(Need.BasicLiving), policy), c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.Dibao, Money.FromYuan(900m), policy, WorkingDayCalendar.MondayToFriday));

    private static AssistanceCase DibaoApproved() => Then(DibaoNoticed(Policy), c => c.Approve(By("county-1", March(13), c.Version), Policy));

    [Fact]
    public void Wf04_ADibaoConfirmedOn13March_IsPaidFromApril_MonthByMonth_FromTheBasicLivingFund()
    {
        var approved = DibaoApproved();
        Assert.Equal(new YearMonth(2026, 4), approved.Benefit[0].From);
        Assert.Equal(Money.Zero, approved.BenefitFor(new YearMonth(2026, 3)));
        Assert.Equal(Money.FromYuan(900m), approved.BenefitFor(new YearMonth(2026, 4)));

        var ledger = LedgerWithBasicLiving();
        Assert.Equal(ErrorCodes.CaseBenefitNotStarted, Refused(approved.PayMonth(By("county-1", March(20), approved.Version), new YearMonth(2026, 3), ledger)));
        Assert.Equal(ErrorCodes.OutOfRange, Refused(approved.PayMonth(By("county-1", March(20), approved.Version), new YearMonth(2026, 4), ledger)));

        var paid = approved.PayMonth(By("county-1", On(4, 10), approved.Version), new YearMonth(2026, 4), ledger).Value;
        var payment = Assert.IsType<PaymentMade>(Assert.Single(paid.Events)).Payment;
        Assert.Equal((BasicLiving2026, Money.FromYuan(900m), PaymentBasis.MonthlyBenefit, approved.ApprovedBy!.Value, (YearMonth?)new YearMonth(2026, 4)), (payment.Account, payment.Amount, payment.Basis, payment.AuthorisedBy, payment.Month));
        Assert.Equal(Money.FromYuan(99_100m), paid.Ledger!.Balance(BasicLiving2026));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(paid.Case.PayMonth(By("county-1", On(4, 11), paid.Case.Version), new YearMonth(2026, 4), paid.Ledger)));

        // A monthly benefit is never paid as one sum.
        Assert.Equal(ErrorCodes.CaseTransition, Refused(approved.Pay(By("county-1", On(4, 10), approved.Version), Money.FromYuan(900m), ledger)));
    }

    [Fact]
    public void Wf04_AMonthPaidWhereNoMonthlyBenefitRuns_OrFarOutOfRange_IsRefusedNotThrown()
    {
        var ledger = LedgerWithBasicLiving();
        var temporary = Then(Noticed(Accepted(Need.Temporary), Money.FromYuan(3_000m), Policy), c => c.Approve(By("county-1", March(13), c.Version), Policy));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(temporary.PayMonth(By("county-1", On(4, 10), temporary.Version), new YearMonth(2026, 4), ledger)));
        var open = Accepted(Need.BasicLiving);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(open.PayMonth(By("county-1", On(4, 10), open.Version), new YearMonth(2026, 4), ledger)));
        var approved = DibaoApproved();
        Assert.Equal(ErrorCodes.OutOfRange, Refused(approved.PayMonth(By("county-1", On(4, 10), approved.Version), new YearMonth(9999, 12), ledger)));
        Assert.Equal(ErrorCodes.CaseBenefitNotStarted, Refused(approved.PayMonth(By("county-1", On(4, 10), approved.Version), new YearMonth(1, 1), ledger)));
    }

    [Fact]
    public void Wf04_TheStartIsADatedRule_AnApprovalTheDayBeforeALocalChangeKeepsTheOldStart()
    {
        // A county pays from the month of confirmation for approvals from Monday 16 March 2026 on.
        var policy = Policy.With(CaseParameters.BenefitStartDelayMonths, 0, new LocalDate(2026, 3, 16), Local);
        var noticed = DibaoNoticed(policy);
        var dayBefore = Then(noticed, c => c.Approve(By("county-1", new LocalDateTime(2026, 3, 15, 18, 0).InZoneStrictly(China).ToInstant(), c.Version), policy));
        var dayOf = Then(noticed, c => c.Approve(By("county-1", March(16), c.Version), policy));
        Assert.Equal(new YearMonth(2026, 4), dayBefore.Benefit[0].From);
        Assert.Equal(new YearMonth(2026, 3), dayOf.Benefit[0].From);
        Assert.True(dayOf.PayMonth(By("county-1", March(16, 10), dayOf.Version), new YearMonth(2026, 3), LedgerWithBasicLiving()).IsSuccess);

        var twoMonths = Policy.With(CaseParameters.BenefitStartDelayMonths, 2, From, Local);
        Assert.Equal(new YearMonth(2026, 5), Then(DibaoNoticed(twoMonths), c => c.Approve(By("county-1", March(13), c.Version), twoMonths)).Benefit[0].From);
    }

    [Fact]
    public void Wf04_AMonthlyBenefitIsNotApprovedWithoutItsStart_NorIsAForgedStartReplayed()
    {
        var noticed = DibaoNoticed(Policy);
        var refused = noticed.Approve(By("county-1", March(13), noticed.Version));
        Assert.Equal(ErrorCodes.Required, Refused(refused));
        Assert.Equal("benefitFrom", refused.ValidationErrors.First().Identifier);

        var approved = DibaoApproved();
        var forged = approved.Events.SetItem(approved.Events.Length - 1, (CaseApproved)approved.Events[^1] with { BenefitFrom = new YearMonth(2026, 2) });
        var replayed = AssistanceCase.Replay(forged);
        Assert.False(replayed.IsSuccess);
        Assert.Equal($"events[{approved.Events.Length - 1}].benefitFrom", replayed.ValidationErrors.First().Identifier);

        // A history stored before the start month was recorded still replays, with no month payable on it.
        var stored = approved.Events.SetItem(approved.Events.Length - 1, (CaseApproved)approved.Events[^1] with { BenefitFrom = null });
        var legacy = AssistanceCase.Replay(stored);
        Assert.True(legacy.IsSuccess);
        Assert.True(legacy.Value.Benefit.IsEmpty);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(legacy.Value.PayMonth(By("county-1", On(4, 10), legacy.Value.Version), new YearMonth(2026, 4), LedgerWithBasicLiving())));
    }

    [Fact]
    public void Db09_AReportedChangeLowersTheBenefitFromAMonthNotYetPaid_AndTheNextMonthIsPaidAtTheNewAmount()
    {
        var ledger = LedgerWithBasicLiving();
        var april = DibaoApproved().PayMonth(By("county-1", On(4, 10), DibaoApproved().Version), new YearMonth(2026, 4), ledger).Value;
        var paid = april.Case;

        // April is paid: a change can no longer reach it; an overpayment is recovered, never rewritten.
        Assert.Equal(ErrorCodes.OutOfRange, Refused(paid.ChangeBenefit(By("county-1", On(4, 20), paid.Version), BenefitChangeGrounds.ChangeReport, Money.FromYuan(600m), new YearMonth(2026, 4))));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(paid.ChangeBenefit(By("county-1", On(4, 20), paid.Version), BenefitChangeGrounds.ChangeReport, Money.FromYuan(900m), new YearMonth(2026, 5))));

        var lowered = paid.ChangeBenefit(By("county-1", On(4, 20), paid.Version, "the son found work: household income rose by 300 yuan a month"), BenefitChangeGrounds.ChangeReport, Money.FromYuan(600m), new YearMonth(2026, 5)).Value;
        var change = Assert.IsType<BenefitChanged>(Assert.Single(lowered.Events));
        Assert.Equal(Money.FromYuan(900m), lowered.Case.BenefitFor(new YearMonth(2026, 4)));
        Assert.Equal(Money.FromYuan(600m), lowered.Case.BenefitFor(new YearMonth(2026, 5)));

        var may = lowered.Case.PayMonth(By("county-1", On(5, 8), lowered.Case.Version), new YearMonth(2026, 5), april.Ledger!).Value;
        var payment = Assert.IsType<PaymentMade>(Assert.Single(may.Events)).Payment;
        Assert.Equal((Money.FromYuan(600m), change.Sequence), (payment.Amount, payment.AuthorisedBy));
        Assert.Equal(Money.FromYuan(100_000m - 900m - 600m), may.Ledger!.Balance(BasicLiving2026));

        // A change made in June cannot reach back to May, nor forward beyond June 2027.
        var case6 = may.Case;
        Assert.Equal(ErrorCodes.OutOfRange, Refused(case6.ChangeBenefit(By("county-1", On(6, 2), case6.Version), BenefitChangeGrounds.PeriodicReview, Money.FromYuan(700m), new YearMonth(2026, 5))));
        Assert.True(case6.ChangeBenefit(By("county-1", On(6, 2), case6.Version), BenefitChangeGrounds.PeriodicReview, Money.FromYuan(700m), new YearMonth(2027, 6)).IsSuccess);
        Assert.Equal(ErrorCodes.OutOfRange, Refused(case6.ChangeBenefit(By("county-1", On(6, 2), case6.Version), BenefitChangeGrounds.PeriodicReview, Money.FromYuan(700m), new YearMonth(9999, 12))));
    }

    [Fact]
    public void Db09_AStopNamesItsGround_PaysNothingAfter_AndLetsTheCaseClose()
    {
        var approved = DibaoApproved();
        var march = new YearMonth(2026, 9);
        Assert.Equal(ErrorCodes.Required, Refused(approved.ChangeBenefit(By("county-1", On(8, 20), approved.Version), BenefitChangeGrounds.PeriodicReview, Money.Zero, march)));
        Assert.Equal(ErrorCodes.Required, Refused(approved.ChangeBenefit(By("county-1", On(8, 20), approved.Version), BenefitChangeGrounds.PeriodicReview, Money.FromYuan(500m), march, BenefitStopReason.MovedAway)));

        var stopped = Then(approved, c => c.ChangeBenefit(By("county-1", On(8, 20), c.Version, "September review: income above the standard since July"), BenefitChangeGrounds.PeriodicReview, Money.Zero, march, BenefitStopReason.IncomeAboveStandard));
        Assert.True(stopped.BenefitStopped);
        Assert.Equal(Money.FromYuan(900m), stopped.BenefitFor(new YearMonth(2026, 8)));
        Assert.Equal(Money.Zero, stopped.BenefitFor(march));
        Assert.Equal(ErrorCodes.CaseAidStopped, Refused(stopped.PayMonth(By("county-1", On(9, 10), stopped.Version), march, LedgerWithBasicLiving())));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(stopped.ChangeBenefit(By("county-1", On(9, 10), stopped.Version), BenefitChangeGrounds.ChangeReport, Money.FromYuan(900m), new YearMonth(2026, 10))));

        var done = Then(stopped, c => c.CompleteTask(By("civil-1", On(9, 11), c.Version), Department.CivilAffairs));
        var closed = Then(done, c => c.Close(By("county-1", On(9, 11), c.Version)));
        Assert.Equal(CaseStage.Closed, closed.Stage);

        // The history with its change reads back from JSON as the same case.
        var stored = CaseEventJson.ParseHistory(CaseEventJson.WriteHistory(closed.Events));
        Assert.True(stored.IsSuccess);
        Assert.Equal(closed, stored.Value);
        Assert.Contains("\"stopReason\": \"incomeAboveStandard\"", CaseEventJson.WriteHistory(closed.Events), StringComparison.Ordinal);
    }

    [Fact]
    public void Ta02_TheTownshipApprovesTemporaryAssistanceUpToTheDelegatedSum_OneFenMoreIsTheCountys()
    {
        var delegated = Policy.With(CaseParameters.TownshipApprovalLimit, Money.FromYuan(2_000m), From, Local);
        var atLimit = Noticed(Accepted(Need.Temporary), Money.FromYuan(2_000m), delegated);
        var township = Then(atLimit, c => c.Approve(By("town-2", March(13), c.Version), delegated, ApprovalLevel.Township));
        Assert.Equal(ApprovalLevel.Township, township.ApprovedLevel);

        var aboveLimit = Noticed(Accepted(Need.Temporary), Money.FromYuan(2_000.01m), delegated);
        Assert.Equal(ErrorCodes.CaseApprovalLevel, Refused(aboveLimit.Approve(By("town-2", March(13), aboveLimit.Version), delegated, ApprovalLevel.Township)));
        Assert.Equal(ApprovalLevel.County, Then(aboveLimit, c => c.Approve(By("county-1", March(13), c.Version), delegated)).ApprovedLevel);

        // Without a delegation in the policy the county approves every sum; the township never approves dibao.
        var undelegated = Noticed(Accepted(Need.Temporary), Money.FromYuan(100m), Policy);
        Assert.Equal(ErrorCodes.CaseApprovalLevel, Refused(undelegated.Approve(By("town-2", March(13), undelegated.Version), Policy, ApprovalLevel.Township)));
        var dibao = DibaoNoticed(delegated);
        Assert.Equal(ErrorCodes.CaseApprovalLevel, Refused(dibao.Approve(By("town-2", March(13), dibao.Version), delegated, ApprovalLevel.Township)));
    }

    [Fact]
    public void Ta02_AHistoryInWhichTheTownshipApprovedDibao_DoesNotReplay()
    {
        var approved = DibaoApproved();
        var forged = approved.Events.SetItem(approved.Events.Length - 1, (CaseApproved)approved.Events[^1] with { Level = ApprovalLevel.Township });
        var replayed = AssistanceCase.Replay(forged);
        Assert.Equal(ErrorCodes.CaseApprovalLevel, replayed.ValidationErrors.First().ErrorCode);
    }

    [Fact]
    public void Wf01_ASpecialCaseHas45WorkingDaysFromAcceptance_AndIsMarkedWithinTheOrdinary30()
    {
        // Accepted Monday 2 March 2026; Monday to Friday; the day of acceptance is not counted (GEN-01).
        var accepted = Accepted(Need.BasicLiving);
        var calendar = WorkingDayCalendar.MondayToFriday;
        Assert.Equal(new LocalDate(2026, 4, 13), DibaoDue(accepted));

        var special = Then(accepted, c => c.MarkSpecialCase(By("county-1", March(20), c.Version, "members in two provinces: registers of both are checked"), Policy, calendar));
        Assert.True(special.IsSpecialCase);
        var deadline = special.Schedule(Policy, calendar).Deadlines.Single(d => d.Deadline.Limit is TimeLimit.DibaoDecision or TimeLimit.DibaoDecisionSpecial).Deadline;
        Assert.Equal((TimeLimit.DibaoDecisionSpecial, new LocalDate(2026, 5, 4), "WF-01"), (deadline.Limit, deadline.Due, deadline.RuleId));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(special.MarkSpecialCase(By("county-1", March(21), special.Version), Policy, calendar)));

        // The last day of the ordinary limit may still mark it; the day after may not.
        Assert.True(accepted.MarkSpecialCase(By("county-1", On(4, 13), accepted.Version), Policy, calendar).IsSuccess);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(accepted.MarkSpecialCase(By("county-1", On(4, 14), accepted.Version), Policy, calendar)));

        // Only a case with a basic-living need has a dibao decision to extend.
        var temporary = Accepted(Need.Temporary);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(temporary.MarkSpecialCase(By("county-1", March(20), temporary.Version), Policy, calendar)));
    }

    [Fact]
    public void Wf01_ASpecialCaseDecidedOnDay40_IsNotLate_AnOrdinaryOneIs()
    {
        var calendar = WorkingDayCalendar.MondayToFriday;
        var ordinary = Accepted(Need.BasicLiving);
        var special = Then(ordinary, c => c.MarkSpecialCase(By("county-1", March(20), c.Version), Policy, calendar));
        var day40 = new LocalDate(2026, 4, 27);
        Assert.True(Dibao(ordinary.Schedule(Policy, calendar)).IsLate(day40));
        Assert.False(Dibao(special.Schedule(Policy, calendar)).IsLate(day40));
    }

    private static CaseDeadline Dibao(CaseSchedule schedule) =>
        schedule.Deadlines.Single(d => d.Deadline.Limit is TimeLimit.DibaoDecision or TimeLimit.DibaoDecisionSpecial);

    private static LocalDate DibaoDue(AssistanceCase c) => Dibao(c.Schedule(Policy, WorkingDayCalendar.MondayToFriday)).Deadline.Due;
}
