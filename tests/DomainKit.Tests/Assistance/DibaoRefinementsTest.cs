using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>The dibao refinements DB-07, DB-08 and DB-13 on the Zhifu pilot, 2026-03-01 (standard ¥950.00).</summary>
public class DibaoRefinementsTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    private static DibaoDecision Decide(Household household, PolicySet? policy = null, LocalDate? date = null) =>
        Dibao.Decide(household, policy ?? PolicySets.ZhifuPilot, date ?? Date).Value;

    [Fact]
    public void Db07_ThreeRefusals_CutTheMembersShare()
    {
        // Gap (950 × 3 × 12 − 18,000) ÷ 12 = 1,350.00; the spouse's share removed: 1,350 × 2 ÷ 3 = 900.00.
        var household = Of(
            Person(Relation.Applicant, Adult, Wages(18_000m)),
            Person(Relation.Spouse, Adult) with { RefusedJobReferrals = 3 },
            Person(Relation.Child, new LocalDate(2014, 6, 1)));
        var decision = Decide(household);
        Assert.Equal(Money.FromYuan(900m), decision.MonthlyBenefit);
        Assert.Contains("DB-07", decision.Explanation.CitedRuleIds);
        Assert.Equal(Money.FromYuan(1_350m), Decide(Of(Person(Relation.Applicant, Adult, Wages(18_000m)), Person(Relation.Spouse, Adult) with { RefusedJobReferrals = 2 }, Person(Relation.Child, new LocalDate(2014, 6, 1)))).MonthlyBenefit);
    }

    [Fact]
    public void Db07_AMemberUnableToWork_IsNeverCut()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(6_000m)), Person(Relation.Parent, new LocalDate(1950, 1, 1)) with { RefusedJobReferrals = 5 });
        Assert.Equal(Money.FromYuan(1_400m), Decide(household).MonthlyBenefit);   // (950 × 2 × 12 − 6,000) ÷ 12
    }

    [Fact]
    public void Db08_WorkLiftingIncome_KeepsTheLastBenefitForSixMonths()
    {
        var history = new DibaoHistory { RecipientSince = new LocalDate(2024, 1, 1), LastMonthlyBenefit = Money.FromYuan(700m), WorkIncomeRoseOn = new LocalDate(2025, 10, 1) };
        var household = Household.Create([Person(Relation.Applicant, Adult, Wages(30_000m))], null, history).Value;
        var during = Decide(household, date: new LocalDate(2026, 3, 31));
        Assert.Equal(DibaoOutcome.GradualExit, during.Outcome);
        Assert.Equal(Money.FromYuan(700m), during.MonthlyBenefit);
        Assert.Contains("DB-08", during.Explanation.CitedRuleIds);
        Assert.Equal(DibaoOutcome.Ineligible, Decide(household, date: new LocalDate(2026, 4, 1)).Outcome);
        Assert.False(Margin.Decide(household, PolicySets.ZhifuPilot, new LocalDate(2026, 3, 31)).Value.IsMargin);
    }

    [Fact]
    public void Db13_TheFloorRaisesASmallGap()
    {
        // Gap (950 × 12 − 11,000) ÷ 12 = 33.33; a 20% floor pays 190.00.
        var policy = PolicySets.ZhifuPilot.With(DibaoParameters.MinimumShare, Rate.Percent(20), new LocalDate(2026, 1, 1));
        var decision = Decide(Of(Person(Relation.Applicant, Adult, Wages(11_000m))), policy);
        Assert.Equal(Money.FromYuan(190m), decision.MonthlyBenefit);
        Assert.Contains("DB-13", decision.Explanation.CitedRuleIds);
        Assert.Equal(Money.FromYuan(33.33m), Decide(Of(Person(Relation.Applicant, Adult, Wages(11_000m)))).MonthlyBenefit);
    }

    [Fact]
    public void Db13_NoIncomeNoAbilityToWorkNoSupporter_GetsTheFullStandard()
    {
        // The elderly parent has no income, cannot work and has no able supporter: the full 950 for them, above the 0.00 gap share.
        var policy = PolicySets.ZhifuPilot.With(DibaoParameters.MinimumShare, Rate.Percent(10), new LocalDate(2026, 1, 1));
        var household = Of(Person(Relation.Applicant, Adult, Wages(21_000m)), Person(Relation.Parent, new LocalDate(1945, 1, 1)) with { HasAbleSupporter = false });
        Assert.Equal(Money.FromYuan(950m), Decide(household, policy).MonthlyBenefit);   // gap 150.00, floor 190.00, full standard 950.00
    }
}
