using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Hand-computed boundaries where one rule feeds another or a value changes: the day before and the day of a dated
/// change, and a fen either side of a line whose outcome the other programmes read.
/// </summary>
public class BoundaryCasesTest
{
    private static readonly LocalDate Adult = new(1980, 5, 5);
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Local = Provenance.Illustrative("Example local values in a test");

    [Fact]
    [Trait("rule", "DB-01")]
    [Trait("rule", "DB-02")]
    public void Db01_TheDayBeforeTheStandardRises_TheOldLine_TheDayItselfTheNew()
    {
        // zhifu-pilot: 560 a month until 2024-06-30, 950 from 2024-07-01. A couple with 13,440 over 12 months is exactly
        // at the old line (560 × 2 × 12): not below it the day before; the day itself the gap is (22,800 − 13,440) ÷ 12 = 780.00.
        var couple = Of(Person(Relation.Applicant, Adult, Wages(13_440m)), Person(Relation.Spouse, Adult));
        var before = Dibao.Decide(couple, PolicySets.ZhifuPilot, new LocalDate(2024, 6, 30)).Value;
        var on = Dibao.Decide(couple, PolicySets.ZhifuPilot, new LocalDate(2024, 7, 1)).Value;
        Assert.Equal((DibaoOutcome.Ineligible, Money.Zero), (before.Outcome, before.MonthlyBenefit));
        Assert.Equal((DibaoOutcome.Eligible, Money.FromYuan(780m)), (on.Outcome, on.MonthlyBenefit));
    }

    [Fact]
    [Trait("rule", "ED-01")]
    public void Ed01_TheDayBeforeANewStandard_TheOldAmount_TheDayItselfTheNew_AndANewlyAssistedStage()
    {
        var change = new LocalDate(2026, 9, 1);
        var policy = PolicySets.ZhifuPilot
            .With(EducationParameters.Standards, EducationStandards.Create([new(SchoolStage.Primary, Money.FromYuan(1_000m)), new(SchoolStage.JuniorSecondary, Money.FromYuan(1_250m))]).Value, From, Local)
            .With(EducationParameters.Standards, EducationStandards.Create([new(SchoolStage.Primary, Money.FromYuan(1_200m)), new(SchoolStage.JuniorSecondary, Money.FromYuan(1_250m)), new(SchoolStage.Tertiary, Money.FromYuan(4_000m))]).Value, change, Local);

        // A dibao household (no income) with a primary pupil and a student at university, both counted.
        var household = Of(
            Person(Relation.Applicant, Adult),
            Person(Relation.Child, new LocalDate(2017, 3, 1)) with { SchoolStage = SchoolStage.Primary },
            Person(Relation.Child, new LocalDate(2006, 3, 1)) with { SchoolStage = SchoolStage.Tertiary, FullTimeStudent = true });
        var before = EducationAssistance.Decide(household, policy, change.PlusDays(-1)).Value.Assessment;
        var on = EducationAssistance.Decide(household, policy, change).Value.Assessment;
        Assert.Equal([1], before.Pupils.Indexes);
        Assert.Equal(Money.FromYuan(1_000m), before.AnnualTotal);
        Assert.Equal([1, 2], on.Pupils.Indexes);
        Assert.Equal(Money.FromYuan(5_200m), on.AnnualTotal);
    }

    [Theory]
    [Trait("rule", "MA-05")]
    [InlineData("20000.00", "14000.00")] // 70% × 20,000 = 14,000: exactly the 14,000 the cap leaves
    [InlineData("19999.99", "13999.99")] // 13,999.993 rounds to 13,999.99, under the cap
    [InlineData("20000.01", "14000.00")] // 14,000.007 rounds to 14,000.01, one fen over: the cap pays 14,000.00
    public void Ma05_TheCapLeft_IsReachedExactly_AndNeverPassedByAFen(string remainder, string paid)
    {
        // national-baseline, 2026-03-01: a dibao member (no income), the dibao scheme pays 70% up to 20,000 a year, 6,000 already paid.
        var household = Of(Person(Relation.Applicant, Adult));
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(decimal.Parse(remainder, System.Globalization.CultureInfo.InvariantCulture)), AlreadyPaidThisYear = [Money.FromYuan(6_000m)] };
        var decision = MedicalAssistance.Decide(household, bill, PolicySets.NationalBaseline, new LocalDate(2026, 3, 1)).Value;
        Assert.Equal(MedicalGroup.Dibao, decision.Assessment.Group);
        Assert.Equal(Money.FromYuan(decimal.Parse(paid, System.Globalization.CultureInfo.InvariantCulture)), decision.Amount);
    }

    [Fact]
    [Trait("rule", "ZF-EX-01")]
    [Trait("rule", "EX-04")]
    public void ZfEx01_AFenBelowTheLowIncomeLine_IsTakenIntoDibao_AndEveryProgrammeReadsIt_AtTheLineNothingChanges()
    {
        // zhifu-pilot, 2026-03-01: one person; the low-income line over 12 months is 1.5 × 950 × 12 = 17,100 (the margin
        // line), below the consumption line of 34,557. Rigid spending 10,000 because of a major illness.
        var date = new LocalDate(2026, 3, 1);
        var terms = AssistanceTerms.Resolve(PolicySets.ZhifuPilot, date).Value;
        var claim = new ExpenditureClaim { MedicalSpending = Money.FromYuan(10_000m), IllnessOrDisasterSpending = true, InDifficultyAfterEmergencyRelief = true };
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(10_000m), Inpatient = true };
        HouseholdAssessmentResult Assess(decimal income) =>
            HouseholdAssessment.Assess(HouseholdClaims.Create(Of(Person(Relation.Applicant, Adult, Wages(income))), [bill], claim).Value, terms);

        // 17,099.99: recognised, taken into dibao at (11,400 − (17,099.99 − 10,000)) ÷ 12 = 4,300.01 ÷ 12 = 358.33;
        // the bill is a dibao member's (70%: 7,000.00); the household is no margin household; monthly cash is its dibao.
        var below = Assess(17_099.99m);
        Assert.Equal(ExpenditureExclusion.None, below.Expenditure!.Value.Exclusion);
        Assert.Equal((DibaoOutcome.Eligible, Money.FromYuan(358.33m)), (below.Dibao.Outcome, below.Dibao.MonthlyBenefit));
        Assert.Equal(Money.FromYuan(7_000m), below.MedicalAssistance);
        Assert.Equal(MarginExclusion.Dibao, below.Margin.Exclusion);
        Assert.Equal(Money.FromYuan(358.33m), below.MonthlyCash);
        Assert.True(below.IsLowIncome);

        // 17,100.00: not below the low-income line, so not recognised, not dibao, not margin; the bill is another resident's, with no scheme.
        var at = Assess(17_100m);
        Assert.Equal(ExpenditureExclusion.LowIncomeTest, at.Expenditure!.Value.Exclusion);
        Assert.Equal(DibaoOutcome.Ineligible, at.Dibao.Outcome);
        Assert.Equal(MarginExclusion.Income, at.Margin.Exclusion);
        Assert.Equal(Money.Zero, at.MedicalAssistance);
        Assert.False(at.IsLowIncome);
    }
}
