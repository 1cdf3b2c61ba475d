using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// An expenditure-hardship household is a low-income household everywhere downstream (EX-04): under the Zhifu rule it is
/// taken into dibao (ZF-EX-01), so medical (MA-01), education (ED-01), temporary assistance (TA-05) and monthly cash read
/// it as a dibao household; under the national rule (EX-01) it keeps its own category.
/// </summary>
public class ExpenditureLinkTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);
    private static readonly PolicySet Zhifu = HouseholdAssessmentTest.Complete;

    // Zhifu 2026: dibao line 950 × 3 × 12 = 34,200 ≤ 40,000, so not dibao; margin line 1.5 × 34,200 = 51,300 > 40,000;
    // 40,000 ÷ 3 = 13,333.33 a year each, below the urban consumption of 34,557.
    private static readonly Household Family = Of(
        Person(Relation.Applicant, Adult, Wages(40_000m)),
        Person(Relation.Spouse, Adult),
        Person(Relation.Child, new LocalDate(2015, 1, 1)) with { SchoolStage = SchoolStage.Primary });

    private static readonly ExpenditureClaim Struck = new() { MedicalSpending = Money.FromYuan(20_000m), IllnessOrDisasterSpending = true, InDifficultyAfterEmergencyRelief = true };

    private static readonly MedicalBill Bill = new() { MemberIndex = 0, TotalCost = Money.FromYuan(10_000m) };

    private static readonly TemporaryAssistanceRequest Request = new() { Type = HardshipType.Expenditure, SuddenCost = Money.FromYuan(30_000m), Need = TemporaryNeed.BasicLiving, Severity = HardshipSeverity.Moderate };

    private static HouseholdEntitlements Decide(ExpenditureClaim? claim, PolicySet? policy = null) =>
        HouseholdAssessment.Decide(HouseholdClaims.Create(Family, [Bill], claim, Request).Value, policy ?? Zhifu, Date).Value;

    [Fact]
    [Trait("rule", "ZF-EX-01")]
    [Trait("rule", "EX-04")]
    public void Zhifu_AnExpenditureHardshipHousehold_IsADibaoRecipientInEveryProgramme()
    {
        var without = Decide(null);
        Assert.False(without.Assessment.Dibao.IsEligible);
        Assert.True(without.Assessment.Margin.IsMargin);
        Assert.Equal(MedicalGroup.Margin, without.Medical[0].Group);
        Assert.Equal(Money.FromYuan(6_000m), without.Medical[0].Amount);          // margin: 60%
        Assert.Equal(Money.Zero, without.Assessment.Education!.Value.AnnualTotal);
        Assert.Equal(TemporaryCategory.Other, without.Assessment.Temporary!.Value.Category);

        // Regression: recognised, the household had stayed a margin household with no dibao, only a flag.
        var with = Decide(Struck);
        Assert.True(with.Assessment.Expenditure!.Value.IsEligible);
        Assert.Equal(DibaoOutcome.Eligible, with.Assessment.Dibao.Outcome);

        // (34,200 − max(0, 40,000 − 20,000)) ÷ 12 = 14,200 ÷ 12 = 1,183.33.
        Assert.Equal(Money.FromYuan(1_183.33m), with.Assessment.Dibao.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(1_183.33m), with.Assessment.MonthlyCash);
        Assert.False(with.Assessment.Margin.IsMargin);
        Assert.Equal(MedicalGroup.Dibao, with.Medical[0].Group);
        Assert.Equal(Money.FromYuan(7_000m), with.Medical[0].Amount);             // dibao: 70%
        Assert.Equal(Money.FromYuan(1_000m), with.Assessment.Education!.Value.AnnualTotal);   // the primary pupil (ED-01)
        Assert.Equal(TemporaryCategory.Dibao, with.Assessment.Temporary!.Value.Category);
        Assert.Contains(Programme.Dibao, with.Qualifying);
        Assert.True(with.Assessment.IsLowIncome);
        Assert.Equal(with.Assessment, HouseholdAssessment.Assess(HouseholdClaims.Create(Family, [Bill], Struck, Request).Value, AssistanceTerms.Resolve(Zhifu, Date).Value));

        var english = with.Dibao.Explanation.Render(Language.English);
        Assert.Contains("max(0, counted income ¥40000.00 − rigid spending ¥20000.00)) ÷ 12 months = ¥1183.33", english, StringComparison.Ordinal);
        Assert.Contains(with.Dibao.Explanation.Steps, s => s.RuleId == "ZF-EX-01");
        Assert.Contains("支出型贫困家庭全部纳入低保", with.Dibao.Explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExpenditureDibaoBenefit.NetOfRigidSpending, 1_183.33)]
    [InlineData(ExpenditureDibaoBenefit.GapOnIncome, 0)]            // 34,200 − 40,000 < 0: nothing, still a recipient
    [InlineData(ExpenditureDibaoBenefit.FullStandard, 2_850)]        // 950 × 3
    [Trait("rule", "ZF-EX-01")]
    public void TheAmount_IsThePolicysChoice(ExpenditureDibaoBenefit mode, double yuan)
    {
        var policy = Zhifu.With(ExpenditureParameters.DibaoBenefit, mode, new LocalDate(2014, 5, 1));
        var with = Decide(Struck, policy);
        Assert.Equal(Money.FromYuan((decimal)yuan), with.Assessment.Dibao.MonthlyBenefit);
        Assert.Equal(MedicalGroup.Dibao, with.Medical[0].Group);
    }

    [Fact]
    [Trait("rule", "MD-02")]
    [Trait("rule", "ZF-EX-01")]
    public void TakenIntoDibao_TheHouseholdNeverGetsLessThanItsMembersEnrolledAlone()
    {
        // The seriously ill spouse, with no income of her own, is enrolled alone as a margin member: 950 × 12 ÷ 12 = 950.
        // Taken into dibao with gap-filling on income alone (40,000 above the 34,200 line: nothing), the household keeps 950.
        var household = Of(
            Person(Relation.Applicant, Adult, Wages(40_000m)),
            Person(Relation.Spouse, Adult) with { SeriouslyIll = true },
            Person(Relation.Child, new LocalDate(2015, 1, 1)));
        var policy = Zhifu.With(ExpenditureParameters.DibaoBenefit, ExpenditureDibaoBenefit.GapOnIncome, new LocalDate(2014, 5, 1));
        var ordinary = HouseholdAssessment.Decide(HouseholdClaims.Of(household), policy, Date).Value;
        Assert.Equal(Money.FromYuan(950m), ordinary.Assessment.MonthlyCash);
        var with = HouseholdAssessment.Decide(HouseholdClaims.Create(household, [], Struck, null).Value, policy, Date).Value;
        Assert.Equal(Money.FromYuan(950m), with.Assessment.Dibao.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(950m), with.Assessment.MonthlyCash);
        Assert.Contains(with.Dibao.Explanation.Steps, s => s.RuleId == "MD-02");
    }

    [Fact]
    [Trait("rule", "HH-05")]
    [Trait("rule", "ZF-EX-01")]
    public void Zhifu_AppliesThePropertyTest_AMillionInDepositsAndThreeHomesAreNoHardship()
    {
        // Regression: one person with 1,000,000 yuan of deposits and three homes was recognised.
        var rich = Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(1_000_000m), HomesOwned = 3 }, Person(Relation.Applicant, Adult, Wages(12_000m)));
        var decision = ExpenditureHardship.Decide(rich, Struck, PolicySets.ZhifuPilot, Date).Value;
        Assert.Equal(ExpenditureExclusion.Property, decision.Assessment.Exclusion);
        Assert.Contains(decision.Explanation.AllSteps, s => s.RuleId == "HH-05" && s.Outcome == StepOutcome.Failed);
        var assessed = HouseholdAssessment.Decide(HouseholdClaims.Create(rich, [], Struck, null).Value, Zhifu, Date).Value;
        Assert.False(assessed.Assessment.Dibao.IsEligible);
    }

    public static Arbitrary<(Household, ExpenditureClaim, MedicalBill)> Claims() => Arb.From(
        from household in DomainArbitraries.HouseholdGen
        from spending in Gen.Choose(0, 10_000_000)
        from illness in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from index in Gen.Choose(0, household.Members.Length - 1)
        from cost in Gen.Choose(0, 5_000_000)
        select (household, new ExpenditureClaim { MedicalSpending = Money.FromFen(spending), IllnessOrDisasterSpending = illness, InDifficultyAfterEmergencyRelief = true }, new MedicalBill { MemberIndex = index, TotalCost = Money.FromFen(cost) }));

    [Property(MaxTest = 1000, Arbitrary = [typeof(ExpenditureLinkTest), typeof(DomainArbitraries)])]
    [Trait("rule", "EX-04")]
    public bool Downstream_ExpenditureHardshipIsDibaoUnderZhifu_AndItsOwnCategoryNationally((Household Household, ExpenditureClaim Claim, MedicalBill Bill) input, LocalDate date)
    {
        var claims = HouseholdClaims.Create(input.Household, [input.Bill], input.Claim, null).Value;
        var zhifu = HouseholdAssessment.Assess(claims, AssistanceTerms.Resolve(Zhifu, date).Value);
        var ordinaryZhifu = HouseholdAssessment.Assess(HouseholdClaims.Create(input.Household, [input.Bill]).Value, AssistanceTerms.Resolve(Zhifu, date).Value);
        var zhifuHolds = zhifu.Expenditure is not { IsEligible: true }
            ? zhifu.Dibao == ordinaryZhifu.Dibao && zhifu.MedicalAssistance == ordinaryZhifu.MedicalAssistance
            : zhifu.Dibao.IsEligible && !zhifu.Margin.IsMargin && zhifu.IsLowIncome
                && zhifu.MedicalAssistance >= ordinaryZhifu.MedicalAssistance   // the dibao scheme never pays less than the margin or residents' one
                && zhifu.MonthlyCash >= ordinaryZhifu.MonthlyCash;
        Assert.True(zhifuHolds, $"zhifu {zhifu} against {ordinaryZhifu}: cash {zhifu.MonthlyCash} / {ordinaryZhifu.MonthlyCash}, medical {zhifu.MedicalAssistance} / {ordinaryZhifu.MedicalAssistance}");

        var nationalTerms = AssistanceTerms.Resolve(PolicySets.NationalBaseline, date);
        if (!nationalTerms.IsSuccess || nationalTerms.Value.Expenditure is null)
        {
            return zhifuHolds;
        }

        var national = HouseholdAssessment.Assess(claims, nationalTerms.Value);
        var ordinaryNational = HouseholdAssessment.Assess(HouseholdClaims.Create(input.Household, [input.Bill]).Value, nationalTerms.Value);
        return zhifuHolds
            && national.Dibao == ordinaryNational.Dibao
            && national.MedicalAssistance == ordinaryNational.MedicalAssistance
            && (national.Expenditure is not { IsEligible: true } || national.IsLowIncome);
    }
}
