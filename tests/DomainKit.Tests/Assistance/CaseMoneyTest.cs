using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>Money on a case, hand-computed: the green channel (TA-03, ZF-TA-01, ZF-FD-02), payments and recoveries, fraud (FR-01).</summary>
public class CaseMoneyTest
{
    private static readonly LedgerAccount Emergency2026 = new(Fund.Emergency, 2026);

    private static CaseUpdate PaidFirst(AssistanceCase current) =>
        current.PayFirst(By("director", March(2, 11), current.Version), Money.FromYuan(4_000m), Ledger(), Policy, WorkingDayCalendar.MondayToFriday).Value;

    [Fact]
    public void TheGreenChannel_PaysFirstFromTheEmergencyFund_WithAPaperworkDeadlineInWorkingDays()
    {
        var paid = PaidFirst(Opened());
        Assert.Equal([typeof(GreenChannelGranted), typeof(PaymentMade)], paid.Events.Select(e => e.GetType()));

        // Five working days from Monday 2 March: Tuesday 3 to Friday 6, then Monday 9.
        Assert.Equal(new LocalDate(2026, 3, 9), paid.Case.GreenChannel!.PaperworkDue);
        Assert.Equal(Money.FromYuan(996_000m), paid.Ledger!.Balance(Emergency2026));
        var payment = Assert.Single(paid.Case.Payments);
        Assert.Equal(PaymentBasis.GreenChannel, payment.Basis);
        Assert.Equal(paid.Events[0].Sequence, payment.AuthorisedBy);
        Assert.Equal("case-1", paid.Ledger.Entries[^1].CaseId);
        Assert.Equal("director", paid.Ledger.Entries[^1].StaffId);
    }

    [Fact]
    public void TheGreenChannel_WithoutAPaperworkDeadlineInThePolicy_IsRefusedNotDefaulted()
    {
        var opened = Opened();
        var refused = opened.PayFirst(By("director", March(2, 11), opened.Version), Money.FromYuan(4_000m), Ledger(), PolicySets.ZhifuPilot, WorkingDayCalendar.MondayToFriday);
        Assert.Contains(refused.ValidationErrors, e => e.Identifier.Contains(TemporaryParameters.PaperworkDeadlineDays.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void TheGreenChannel_CannotOverdrawTheEmergencyFund()
    {
        var opened = Opened();
        var refused = opened.PayFirst(By("director", March(2, 11), opened.Version), Money.FromYuan(1_000_000.01m), Ledger(), Policy, WorkingDayCalendar.MondayToFriday);
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal(ErrorCodes.FundInsufficient, error.ErrorCode);
        Assert.Equal("ledger.amount", error.Identifier);
        Assert.Contains("¥1000000.00", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void CompletedPaperwork_JoinsTheNormalFlow()
    {
        var paid = PaidFirst(Accepted(Need.Temporary));
        var completed = Then(paid.Case, c => c.CompletePaperwork(By("window-7", March(9, 17), c.Version)));
        Assert.True(completed.GreenChannel!.PaperworkCompleted);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(completed.CompletePaperwork(By("window-7", March(9, 17), completed.Version))));
        Assert.Equal(CaseStage.Review, Then(completed, c => c.StartInvestigation(By("lead-3", March(10), c.Version), ["inv-1", "inv-2"], Policy)).Stage);
    }

    [Fact]
    public void ALapsedGreenChannel_OpensARecovery_AndKeepsThePaymentInTheHistoryAndTheLedger()
    {
        var paid = PaidFirst(Accepted(Need.Temporary));
        Assert.Equal(ErrorCodes.CasePaperworkDeadline, Refused(paid.Case.LapseGreenChannel(By("window-7", March(9, 17), paid.Case.Version))));
        Assert.Equal(ErrorCodes.CasePaperworkDeadline, Refused(paid.Case.CompletePaperwork(By("window-7", March(10), paid.Case.Version))));

        var lapsed = Then(paid.Case, c => c.LapseGreenChannel(By("window-7", March(10), c.Version)));
        Assert.True(lapsed.AidStopped);
        Assert.Equal(Money.FromYuan(4_000m), lapsed.RecoveryOutstanding);
        Assert.Equal(Money.FromYuan(4_000m), lapsed.TotalPaid);
        Assert.Equal(ErrorCodes.CaseTasksOpen, Refused(lapsed.Close(By("window-7", March(10), lapsed.Version))));
        var done = Then(lapsed, c => c.CompleteTask(By("civil", March(10), c.Version), Department.CivilAffairs));
        Assert.Equal(ErrorCodes.CaseRecoveryOutstanding, Refused(done.Close(By("window-7", March(10), done.Version))));

        Assert.Equal(ErrorCodes.CaseRecoveryExceeds, Refused(done.RecordRecovery(By("finance-1", March(11), done.Version), Emergency2026, Money.FromYuan(4_000.01m), paid.Ledger!)));
        var recovered = done.RecordRecovery(By("finance-1", March(11), done.Version), Emergency2026, Money.FromYuan(4_000m), paid.Ledger!).Value;
        Assert.Equal(Money.FromYuan(1_000_000m), recovered.Ledger!.Balance(Emergency2026));
        Assert.Equal(Money.FromYuan(4_000m), recovered.Ledger.TotalDisbursed);
        Assert.Equal(Money.Zero, recovered.Case.RecoveryOutstanding);
        Assert.Equal(CaseStage.Closed, Then(recovered.Case, c => c.Close(By("window-7", March(11), c.Version))).Stage);
    }

    [Fact]
    public void ARejectionAfterPayingFirst_OpensARecoveryOfWhatWasPaid()
    {
        var paid = PaidFirst(Accepted(Need.Temporary));
        var completed = Then(paid.Case, c => c.CompletePaperwork(By("window-7", March(3), c.Version)));
        var investigated = Then(completed, c => c.StartInvestigation(By("lead-3", March(3, 10), c.Version), ["inv-1", "inv-2"], Policy));
        var rejection = investigated.Reject(By("county-1", March(4), investigated.Version)).Value;
        var recovery = Assert.IsType<RecoveryOpened>(rejection.Events[^1]);
        Assert.Equal(RecoveryCause.RejectedAfterPayingFirst, recovery.Cause);
        Assert.Equal(Money.FromYuan(4_000m), rejection.Case.RecoveryOutstanding);
    }

    [Fact]
    public void Payments_FollowAnApproval_FromTheFundOfItsProgramme()
    {
        var reviewed = Reviewed(Need.Temporary);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(reviewed.Pay(By("county-1", March(5), reviewed.Version), Money.FromYuan(1m), Ledger())));

        var noticed = Then(reviewed, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.MedicalAssistance, Money.FromYuan(900m), Policy, WorkingDayCalendar.MondayToFriday));
        var approved = Then(noticed, c => c.Approve(By("county-1", March(13), c.Version)));
        var paid = approved.Pay(By("county-1", March(16), approved.Version), Money.FromYuan(900m), Ledger()).Value;
        Assert.Equal(Fund.MedicalAssistance, Assert.IsType<PaymentMade>(Assert.Single(paid.Events)).Payment.Account.Fund);

        // A monthly dibao is paid month by month (CaseBenefitTest), never as one sum.
        var dibao = Then(Then(Reviewed(Need.BasicLiving), c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.Dibao, Money.FromYuan(900m), Policy, WorkingDayCalendar.MondayToFriday)), c => c.Approve(By("county-1", March(13), c.Version), Policy));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(dibao.Pay(By("county-1", March(16), dibao.Version), Money.FromYuan(900m), Ledger())));
    }

    [Fact]
    public void Fraud_StopsAid_OpensARecoveryOfTheAmountObtained_AndFinesOneToThreeTimesIt()
    {
        var noticed = Noticed(Need.Temporary);
        var approved = Then(noticed, c => c.Approve(By("county-1", March(13), c.Version)));
        var paid = approved.Pay(By("county-1", March(16), approved.Version), Money.FromYuan(2_500m), Ledger()).Value;
        Assert.Equal(ErrorCodes.CaseRecoveryExceeds, Refused(paid.Case.EstablishFraud(By("county-1", March(20), paid.Case.Version), Money.FromYuan(2_500.01m), Policy)));

        var fraud = paid.Case.EstablishFraud(By("county-1", March(20), paid.Case.Version, "concealed a business"), Money.FromYuan(2_000m), Policy).Value;
        var established = Assert.IsType<FraudEstablished>(fraud.Events[0]);
        Assert.Equal(Money.FromYuan(2_000m), established.FineMinimum);
        Assert.Equal(Money.FromYuan(6_000m), established.FineMaximum);
        Assert.Equal(RecoveryCause.Fraud, Assert.IsType<RecoveryOpened>(fraud.Events[1]).Cause);
        Assert.True(fraud.Case.AidStopped);
        Assert.Equal(ErrorCodes.CaseAidStopped, Refused(fraud.Case.Pay(By("county-1", March(21), fraud.Case.Version), Money.FromYuan(500m), paid.Ledger!)));

        // The recovery is a ledger entry; the payment it offsets stays.
        var account = new LedgerAccount(Fund.TemporaryAssistance, 2026);
        var recovered = fraud.Case.RecordRecovery(By("finance-1", March(23), fraud.Case.Version), account, Money.FromYuan(2_000m), paid.Ledger!).Value;
        Assert.Equal(Money.FromYuan(500m), recovered.Ledger!.NetPaid(account, "case-1"));
        Assert.Equal(Money.FromYuan(2_500m), recovered.Case.TotalPaid);
        Assert.Equal(Money.FromYuan(500m), recovered.Case.NetPaidFrom(account));
    }
}
