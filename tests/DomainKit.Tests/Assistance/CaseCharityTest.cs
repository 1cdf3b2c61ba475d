using DomainKit.Assistance;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>Multi-party participation, hand-computed (ZF-MP-01 to ZF-MP-03, ZF-FD-03).</summary>
public class CaseCharityTest
{
    private static readonly LedgerAccount Charity = new(Fund.Charity, 2026);
    private static readonly LedgerAccount SightFund = new(Fund.Charity, 2026, "sight-restoration");

    private static readonly CharityProject Sight = CharityProject.Create(
        "sight", "sight restoration", Need.Medical, SightFund, Money.FromYuan(6_000m), [Programme.Dibao, Programme.ExtremePoverty], new LocalDate(2026, 1, 1)).Value;

    private static readonly CharityProject Kidney = CharityProject.Create(
        "kidney", "kidney-patient centre", Need.Medical, Charity, Money.FromYuan(50_000m), [], new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)).Value;

    /// <summary>The charity account and a sight-restoration named fund for medical needs, beside the public funds.</summary>
    internal static FundLedger LedgerWithCharity()
    {
        var ledger = Ledger();
        ledger = ledger.Open(Charity, Money.FromYuan(1_000_000m), "finance-1", March(1), "donations to date", ledger.Version).Value;
        return ledger.OpenNamedFund(SightFund, Money.FromYuan(100_000m), Need.Medical, "finance-1", March(1), "donor agreement", ledger.Version).Value;
    }

    /// <summary>A medical case approved for 3,000 yuan, paid on 16 March, that still lacks 20,000 yuan.</summary>
    private static (AssistanceCase Case, FundLedger Ledger) PaidWithUnmetNeed()
    {
        var reviewed = Reviewed(Need.Medical);
        var noticed = Then(reviewed, c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.MedicalAssistance, Money.FromYuan(3_000m), Policy, WorkingDayCalendar.MondayToFriday));
        var approved = Then(noticed, c => c.Approve(By("county-1", March(13), c.Version)));
        var paid = approved.Pay(By("county-1", March(16), approved.Version), Money.FromYuan(3_000m), LedgerWithCharity()).Value;
        var unmet = Then(paid.Case, c => c.RecordUnmetNeed(By("worker-5", March(17), c.Version, "dialysis and surgery still unpaid"), Need.Medical, Money.FromYuan(20_000m)));
        return (unmet, paid.Ledger!);
    }

    [Fact]
    public void UnmetNeed_IsMatchedToTheProjectsItQualifiesFor_AndNeverCommittedTwice()
    {
        var (unmet, _) = PaidWithUnmetNeed();
        Assert.Equal(ErrorCodes.CaseTransition, Refused(unmet.ReferToCharity(By("board-1", March(18), unmet.Version), Sight, Need.Medical, [Programme.Margin])));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(unmet.ReferToCharity(By("board-1", March(18), unmet.Version), Sight, Need.Education, [Programme.Dibao])));

        var sight = Then(unmet, c => c.ReferToCharity(By("board-1", March(18), c.Version), Sight, Need.Medical, [Programme.Dibao]));
        Assert.Equal(Money.FromYuan(6_000m), sight.CharityReferrals.Single().Amount);
        Assert.Equal(Money.FromYuan(14_000m), sight.UnmetRemaining(Need.Medical));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(sight.ReferToCharity(By("board-1", March(18), sight.Version), Sight, Need.Medical, [Programme.Dibao])));

        // The kidney centre could give 50,000; it commits the 14,000 still lacking, and then nothing is left.
        var both = Then(sight, c => c.ReferToCharity(By("board-2", March(19), c.Version), Kidney, Need.Medical, []));
        Assert.Equal(Money.FromYuan(14_000m), both.CharityReferrals[1].Amount);
        Assert.Equal(Money.Zero, both.UnmetRemaining(Need.Medical));
        var third = CharityProject.Create("surgery", "surgery-fee waiver", Need.Medical, Charity, Money.FromYuan(1_000m), [], new LocalDate(2026, 1, 1)).Value;
        Assert.Equal(ErrorCodes.CaseTransition, Refused(both.ReferToCharity(By("board-3", March(19), both.Version), third, Need.Medical, [])));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(both.RecordUnmetNeed(By("worker-5", March(19), both.Version), Need.Medical, Money.FromYuan(10_000m))));
    }

    [Fact]
    public void ACharityPayment_SettlesItsReferralOnce_FromItsAccount_AndTheCaseClosesOnlyWhenEveryReferralIsPaid()
    {
        var (unmet, ledger) = PaidWithUnmetNeed();
        var referred = Then(unmet, c => c.ReferToCharity(By("board-1", March(18), c.Version), Sight, Need.Medical, [Programme.Dibao]));
        var referral = referred.CharityReferrals.Single();
        var evaluated = Then(referred, c => c.RecordOutcome(By("worker-5", March(20), c.Version), CaseOutcome.Improved));
        var tasksDone = Then(evaluated, c => c.CompleteTask(By("health-4", March(20), c.Version), Department.Health));
        Assert.Equal(ErrorCodes.CaseTransition, Refused(tasksDone.Close(By("worker-5", March(20), tasksDone.Version))));

        var paid = tasksDone.PayCharity(By("board-1", March(23), tasksDone.Version), referral.Sequence, ledger).Value;
        Assert.Equal(Money.FromYuan(94_000m), paid.Ledger!.Balance(SightFund));
        Assert.Equal(Need.Medical, paid.Ledger.Entries[^1].Purpose);
        var payment = paid.Case.Payments[^1];
        Assert.Equal((PaymentBasis.CharityProject, referral.Sequence, (Need?)Need.Medical), (payment.Basis, payment.AuthorisedBy, payment.Purpose));
        Assert.Equal(Money.FromYuan(6_000m), paid.Case.CharityPaid);
        Assert.Equal(Money.FromYuan(3_000m), paid.Case.TotalPaid);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(paid.Case.PayCharity(By("board-1", March(23), paid.Case.Version), referral.Sequence, paid.Ledger)));
        Assert.Equal(CaseStage.Closed, Then(paid.Case, c => c.Close(By("worker-5", March(24), c.Version))).Stage);
    }

    [Fact]
    [Trait("rule", "ZF-MP-02")]
    public void ANamedFund_RefusesAProjectOutsideItsPurpose()
    {
        var (unmet, ledger) = PaidWithUnmetNeed();
        var misfiled = CharityProject.Create("tuition", "tuition help", Need.Education, SightFund, Money.FromYuan(500m), [], new LocalDate(2026, 1, 1)).Value;
        var needy = Then(unmet, c => c.RecordUnmetNeed(By("worker-5", March(18), c.Version), Need.Education, Money.FromYuan(800m)));
        var referred = Then(needy, c => c.ReferToCharity(By("board-1", March(18), c.Version), misfiled, Need.Education, []));
        var refused = referred.PayCharity(By("board-1", March(19), referred.Version), referred.CharityReferrals.Single().Sequence, ledger);
        Assert.Equal(ErrorCodes.FundPurpose, Assert.Single(refused.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void ServicesAndEverySourceOfSupport_AreOneViewOfTheHousehold()
    {
        var (unmet, ledger) = PaidWithUnmetNeed();
        var visited = Then(unmet, c => c.RecordService(By("volunteer-9", March(18), c.Version), ServiceProvider.Volunteer, ServiceKind.Visit, Need.Care, 2));
        var cared = Then(visited, c => c.RecordService(By("care-co", March(19), c.Version), ServiceProvider.PurchasedByGovernment, ServiceKind.DailyCare, Need.Care, 6));
        var referred = Then(cared, c => c.ReferToCharity(By("board-1", March(20), c.Version), Sight, Need.Medical, [Programme.Dibao]));
        var paid = referred.PayCharity(By("board-1", March(23), referred.Version), referred.CharityReferrals.Single().Sequence, ledger).Value.Case;
        Assert.Equal(ErrorCodes.OutOfRange, Refused(paid.RecordService(By("x", March(23), paid.Version), ServiceProvider.Volunteer, ServiceKind.Visit, Need.Care, 25)));

        Assert.Equal(
            [
                new SupportLine(Need.Medical, Money.FromYuan(3_000m), Money.FromYuan(6_000m), Money.FromYuan(14_000m), 0),
                new SupportLine(Need.Care, Money.Zero, Money.Zero, Money.Zero, 2),
            ],
            paid.Support().AsEnumerable());

        // A second case of the same household, paid first through the green channel, adds to the same view.
        var second = AssistanceCase.Open("case-2", IntakeChannel.OneKeyPlatform, Applicant, By("window-7", March(25), 0)).Value.Case;
        var greenLedger = Ledger();
        var paidFirst = second.PayFirst(By("director", March(25, 10), second.Version), Money.FromYuan(1_500m), greenLedger, Policy, WorkingDayCalendar.MondayToFriday).Value.Case;
        var household = HouseholdSupport.Of([paid, paidFirst]).Value;
        Assert.Equal(
            [
                new SupportLine(Need.Temporary, Money.FromYuan(1_500m), Money.Zero, Money.Zero, 0),
                new SupportLine(Need.Medical, Money.FromYuan(3_000m), Money.FromYuan(6_000m), Money.FromYuan(14_000m), 0),
                new SupportLine(Need.Care, Money.Zero, Money.Zero, Money.Zero, 2),
            ],
            household.AsEnumerable());

        var stranger = AssistanceCase.Open("case-3", IntakeChannel.WalkInWindow, Applicant with { ResidentId = ResidentId.Parse("110105194912310038").Value }, By("window-7", March(25), 0));
        Assert.False(HouseholdSupport.Of([paid, stranger.Value.Case]).IsSuccess);
    }

    [Fact]
    public void Charity_ComesAfterTheDecision()
    {
        var reviewed = Reviewed(Need.Medical);
        Assert.Equal(ErrorCodes.CaseTransition, Refused(reviewed.RecordUnmetNeed(By("worker-5", March(5), reviewed.Version), Need.Medical, Money.FromYuan(1m))));
        Assert.False(CharityProject.Create("x", "x", Need.Medical, new LedgerAccount(Fund.MedicalAssistance, 2026), Money.FromYuan(1m), [], new LocalDate(2026, 1, 1)).IsSuccess);
        Assert.False(Kidney.Accepts(Need.Medical, [], new LocalDate(2027, 1, 1)));
    }
}
