using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Hand-computed dibao cases. Unless a test says otherwise: Zhifu pilot on 2026-03-01, standard
/// ¥950.00 a month (illustrative), a 12-month window, financial assets below 3 × the annual standard per member.
/// </summary>
public partial class DibaoTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 5, 5);
    private static readonly PolicySet Zhifu = PolicySets.ZhifuPilot;

    private static DibaoDecision Decide(Household household, PolicySet? policy = null, LocalDate? date = null)
    {
        var result = Dibao.Decide(household, policy ?? Zhifu, date ?? Date);
        Assert.True(result.IsSuccess);
        return result.Value;
    }

    [Fact]
    public void Db01_Db02_ThreeMembersWithWages_GetTheGapToTheStandard()
    {
        // 950 × 3 × 12 = 34,200 > 18,000, so eligible; benefit (34,200 − 18,000) ÷ 12 = 1,350.00.
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(18_000m)), Person(Relation.Spouse, Adult), Person(Relation.Child, new LocalDate(2014, 6, 1))));
        Assert.Equal(DibaoOutcome.Eligible, decision.Outcome);
        Assert.Equal(Money.FromYuan(1350m), decision.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(500m), decision.PerCapitaMonthlyIncome);
        Assert.Equal(3, decision.CountedMembers);
    }

    [Fact]
    public void Db01_PerCapitaIncomeEqualToTheStandard_IsNotBelowIt()
    {
        // 22,800 = 950 × 2 × 12 exactly: "below the standard" fails.
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(22_800m)), Person(Relation.Spouse, Adult)));
        Assert.Equal(DibaoOutcome.Ineligible, decision.Outcome);
        Assert.Equal(Money.Zero, decision.MonthlyBenefit);
    }

    [Fact]
    public void Db01_OneFenBelowTheLineOverTheWindow_IsEligible_AndTheTinyGapRoundsToZero()
    {
        // 22,799.99: the exact total is below 22,800, though the per-capita average rounds to 950.00.
        // The gap 0.01 ÷ 12 is below half a fen, so the benefit rounds to 0.00 (GEN-02) while eligibility stands.
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(22_799.99m)), Person(Relation.Spouse, Adult)));
        Assert.Equal(DibaoOutcome.Eligible, decision.Outcome);
        Assert.Equal(Money.Zero, decision.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(950m), decision.PerCapitaMonthlyIncome);
    }

    [Fact]
    public void Db02_BenefitRoundsOnceHalfAwayFromZero()
    {
        // (34,200 − 10,000.01) ÷ 12 = 2,016.66583… → 2,016.67.
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(10_000.01m)), Person(Relation.Spouse, Adult), Person(Relation.Parent, new LocalDate(1950, 1, 1))));
        Assert.Equal(Money.FromYuan(2016.67m), decision.MonthlyBenefit);
    }

    [Fact]
    public void Db01_StandardChangesOnItsEffectiveDate()
    {
        // Zhifu: ¥560.00 until 2024-06-30, ¥950.00 from 2024-07-01 (both illustrative).
        var household = Of(Person(Relation.Applicant, Adult, Wages(6_000m)));
        Assert.Equal(Money.FromYuan(60m), Decide(household, date: new LocalDate(2024, 6, 30)).MonthlyBenefit);
        Assert.Equal(Money.FromYuan(450m), Decide(household, date: new LocalDate(2024, 7, 1)).MonthlyBenefit);
    }

    [Fact]
    public void Hh03_ExcludedKindsOfIncome_AreNotCounted()
    {
        // Only the 10,800 of wages counts: (950 × 2 × 12 − 10,800) ÷ 12 = 1,000.00.
        var decision = Decide(Of(
            Person(Relation.Applicant, Adult, Wages(10_800m), new Income(IncomeKind.PreferentialTreatment, Money.FromYuan(3_600m)), new Income(IncomeKind.GovernmentAssistance, Money.FromYuan(5_000m))),
            Person(Relation.Child, new LocalDate(2005, 10, 1), new Income(IncomeKind.Scholarship, Money.FromYuan(6_000m)), new Income(IncomeKind.BraveryAward, Money.FromYuan(2_000m)), new Income(IncomeKind.FamilyPlanningReward, Money.FromYuan(1_000m))) with { FullTimeStudent = true }));
        Assert.Equal(Money.FromYuan(10_800m), decision.CountedIncome);
        Assert.Equal(Money.FromYuan(1000m), decision.MonthlyBenefit);
    }

    [Fact]
    public void Hh02_MemberServingASentence_AndTheirIncome_AreNotCounted()
    {
        var decision = Decide(Of(
            Person(Relation.Applicant, Adult, Wages(12_000m)),
            Person(Relation.Spouse, Adult, Wages(60_000m)) with { Absence = Absence.ServingSentence, AbsentSince = new LocalDate(2024, 5, 10) },
            Person(Relation.Child, new LocalDate(2012, 2, 29))));
        Assert.Equal(2, decision.CountedMembers);
        Assert.Equal(Money.FromYuan(12_000m), decision.CountedIncome);
        Assert.Equal(Money.FromYuan(900m), decision.MonthlyBenefit);
    }

    [Fact]
    public void Hh05_FinancialAssetsAtTheLimit_FailTheStrictTest()
    {
        // Limit: 3 × (950 × 12) × 1 member = 34,200.00; assets must be below it.
        var member = Person(Relation.Applicant, Adult, Wages(1_200m));
        Assert.Equal(DibaoOutcome.Ineligible, Decide(Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(34_200m) }, member)).Outcome);
        Assert.Equal(DibaoOutcome.Eligible, Decide(Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(34_199.99m) }, member)).Outcome);
    }

    [Fact]
    public void Hh05_TooManyHomesOrTooMuchEquity_FailThePropertyTest()
    {
        var member = Person(Relation.Applicant, Adult);
        Assert.Equal(DibaoOutcome.Ineligible, Decide(Of(new HouseholdAssets { HomesOwned = 2 }, member)).Outcome);
        Assert.Equal(DibaoOutcome.Eligible, Decide(Of(new HouseholdAssets { HomesOwned = 1, BusinessEquity = Money.FromYuan(200_000m) }, member)).Outcome);
        Assert.Equal(DibaoOutcome.Ineligible, Decide(Of(new HouseholdAssets { BusinessEquity = Money.FromYuan(200_000.01m) }, member)).Outcome);
    }

    [Fact]
    public void Hh04_NoCountedMember_IsInvalid_ButTheResolvedTermsPathStaysIneligible()
    {
        // Regression: the household had been an ineligible decision showing a per-capita income of 0.00.
        var household = Of(Person(Relation.Applicant, Adult) with { Absence = Absence.DeclaredMissing });
        var result = Dibao.Decide(household, Zhifu, Date);
        Assert.Equal(ErrorCodes.HouseholdNoCountedMember, Assert.Single(result.ValidationErrors).ErrorCode);
        Assert.Equal("members", result.ValidationErrors.Single().Identifier);

        // The batch path on resolved terms decides without checking, as documented: no one counts, nothing is paid.
        var fast = Dibao.Assess(household, DibaoTerms.Resolve(Zhifu, Date).Value);
        Assert.Equal(DibaoOutcome.Ineligible, fast.Outcome);
    }

    [Fact]
    public void Decide_DateBeforeThePolicyBegins_IsInvalidNamingParameterAndDate()
    {
        var result = Dibao.Decide(Of(Person(Relation.Applicant, Adult)), Zhifu, new LocalDate(2010, 1, 1));
        Assert.False(result.IsSuccess);
        Assert.All(result.ValidationErrors, e => Assert.Equal(ErrorCodes.ParameterNotInEffect, e.ErrorCode));
        Assert.Contains(result.ValidationErrors, e => e.ErrorMessage.Contains("dibaoStandardMonthly", StringComparison.Ordinal) && e.ErrorMessage.Contains("2010-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_ReformRaisingTheStandard_RaisesTheBenefitByMembersTimesTheIncrease()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(6_000m)), Person(Relation.Spouse, Adult));
        var reform = Zhifu.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), new LocalDate(2026, 1, 1));
        var before = Decide(household).MonthlyBenefit;
        var after = Decide(household, reform);
        Assert.Equal(before + Money.FromYuan(100m), after.MonthlyBenefit);
        Assert.True(after.PolicyModified);
    }

    [Fact]
    public void Decide_NationalBaseline_UsesItsOwnStandard()
    {
        // National baseline (illustrative): ¥800.00 from 2024-01-01; (800 × 12 − 6,000) ÷ 12 = 300.00.
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(6_000m))), PolicySets.NationalBaseline);
        Assert.Equal(Money.FromYuan(300m), decision.MonthlyBenefit);
        Assert.Equal("national-baseline", decision.PolicyId);
    }
}
