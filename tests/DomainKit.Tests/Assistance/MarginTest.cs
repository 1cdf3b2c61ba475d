using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Margin on the Zhifu pilot, 2026-03-01: standard ¥950.00, 12 months, multiple 1.5. For two members the
/// dibao line is ¥22,800.00 and the margin line 1.5 × 950 × 2 × 12 = ¥34,200.00.
/// </summary>
public class MarginTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    private static MarginDecision Decide(Household household) => Margin.Decide(household, PolicySets.ZhifuPilot, Date).Value;

    private static Household Couple(decimal wages, HouseholdMember? spouse = null) =>
        Of(Person(Relation.Applicant, Adult, Wages(wages)), spouse ?? Person(Relation.Spouse, Adult));

    [Fact]
    public void Md01_IncomeBetweenTheDibaoAndMarginLines_IsMargin()
    {
        var decision = Decide(Couple(30_000m));
        Assert.True(decision.IsMargin);
        Assert.Equal(Money.Zero, decision.Assessment.SingleMemberDibaoMonthly);
        Assert.Contains("MD-01", decision.Explanation.CitedRuleIds);
    }

    [Fact]
    public void Md01_IncomeAtTheMarginLine_IsNotMargin_OneFenBelowIs()
    {
        Assert.Equal(MarginExclusion.Income, Decide(Couple(34_200m)).Exclusion);
        Assert.True(Decide(Couple(34_199.99m)).IsMargin);
    }

    [Fact]
    public void Md01_DibaoHousehold_IsNeverMargin() =>
        Assert.Equal(MarginExclusion.Dibao, Decide(Couple(20_000m)).Exclusion);

    [Fact]
    public void Md01_HouseholdWithAnExtremePovertyMember_IsNotMargin()
    {
        var grandmother = Person(Relation.Parent, new LocalDate(1946, 1, 1)) with { HasAbleSupporter = false };
        var household = Of(Person(Relation.Applicant, Adult, Wages(25_000m)), grandmother);
        Assert.False(Dibao.Decide(household, PolicySets.ZhifuPilot, Date).Value.Outcome == DibaoOutcome.Eligible);
        Assert.Equal(MarginExclusion.ExtremePoverty, Decide(household).Exclusion);
    }

    [Fact]
    public void Md01_PropertyTestFailing_IsNotMargin() =>
        Assert.Equal(
            MarginExclusion.Property,
            Margin.Decide(Of(new HouseholdAssets { HomesOwned = 2 }, Person(Relation.Applicant, Adult, Wages(30_000m)), Person(Relation.Spouse, Adult)), PolicySets.ZhifuPilot, Date).Value.Exclusion);

    [Fact]
    public void Md02_SeriouslyIllMemberWithoutIncome_GetsTheFullStandardAlone()
    {
        var decision = Decide(Couple(30_000m, Person(Relation.Spouse, Adult) with { SeriouslyIll = true }));
        Assert.True(decision.IsMargin);
        Assert.Equal([1], decision.Assessment.SingleMemberDibao.Indexes);
        Assert.Equal(Money.FromYuan(950m), decision.Assessment.SingleMemberDibaoMonthly);
    }

    [Fact]
    public void Md02_SeverelyDisabledMemberWithOwnIncome_GetsTheGap()
    {
        // (950 × 12 − 6,000) ÷ 12 = 450.00; the applicant's grade-3 disability is not severe.
        var spouse = Person(Relation.Spouse, Adult, Wages(6_000m)) with { Disability = new Disability(DisabilityKind.Hearing, 2) };
        var household = Of(Person(Relation.Applicant, Adult, Wages(24_000m)) with { Disability = new Disability(DisabilityKind.Physical, 3) }, spouse);
        var decision = Decide(household);
        Assert.Equal([1], decision.Assessment.SingleMemberDibao.Indexes);
        Assert.Equal(Money.FromYuan(450m), decision.Assessment.SingleMemberDibaoMonthly);
        Assert.Contains("MD-02", decision.Explanation.CitedRuleIds);
    }

    [Fact]
    public void Md02_SevereMemberWithOwnIncomeAtTheLine_IsNotEnrolled()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(11_400m)) with { SeriouslyIll = true }, Person(Relation.Spouse, Adult, Wages(12_000m)));
        var decision = Decide(household);
        Assert.True(decision.IsMargin);
        Assert.True(decision.Assessment.SingleMemberDibao.IsEmpty);
    }

    [Fact]
    public void Summary_ReadsInBothLanguages()
    {
        var decision = Decide(Couple(30_000m, Person(Relation.Spouse, Adult) with { SeriouslyIll = true }));
        Assert.Equal("Low-income margin household; members[1] enrolled alone in dibao, ¥950.00 a month (2026-03-01, policy zhifu-pilot).", decision.Summary(DomainKit.Explanations.Language.English));
        Assert.Equal("低保边缘家庭；members[1] 单独纳入低保，每月 950.00元（2026-03-01，政策：芝罘区救急难试点）。", decision.Summary(DomainKit.Explanations.Language.ChineseSimplified));
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool FastPath_EqualsExplainedPath_AndBatch(Household household, PolicySet policy, LocalDate date)
    {
        var terms = MarginTerms.Resolve(policy, date).Value;
        var fast = Margin.Assess(household, terms);
        var batch = new MarginAssessment[1];
        Margin.AssessAll([household], terms, batch);
        return Margin.Decide(household, terms).Assessment == fast && batch[0] == fast;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool Hierarchy_DibaoOrExtremePovertyIsNeverMargin_AndSingleDibaoOnlyForMargin(Household household, PolicySet policy, LocalDate date)
    {
        var terms = MarginTerms.Resolve(policy, date).Value;
        var margin = Margin.Assess(household, terms);
        var dibao = Dibao.Assess(household, terms.Dibao);
        var extremePoverty = ExtremePoverty.Assess(household, terms.ExtremePoverty);
        return !(margin.IsMargin && (dibao.IsEligible || extremePoverty.IsEligible))
            && (margin.IsMargin || (margin.SingleMemberDibao.IsEmpty && margin.SingleMemberDibaoMonthly == Money.Zero))
            && !margin.SingleMemberDibaoMonthly.IsNegative;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool MoreIncome_NeverBringsAHouseholdIntoTheLowIncomePopulation(Household household, PolicySet policy, LocalDate date, Money extra)
    {
        var terms = MarginTerms.Resolve(policy, date).Value;
        var applicant = household.Members[0];
        var richer = DomainArbitraries.Build(
            household.Members.SetItem(0, applicant with { Incomes = applicant.Incomes.Add(new Income(IncomeKind.Wages, extra)) }),
            household.Assets);
        bool LowIncome(Household h) =>
            Margin.Assess(h, terms).IsMargin || Dibao.Assess(h, terms.Dibao).IsEligible || ExtremePoverty.Assess(h, terms.ExtremePoverty).IsEligible;
        return !LowIncome(richer) || LowIncome(household);
    }
}
