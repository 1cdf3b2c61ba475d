using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Extreme poverty on the Zhifu pilot, 2026-03-01: standard ¥950.00 a month over a 12-month window, so a
/// member's own income must stay below ¥11,400.00; no ability to work from 60, under 16, or with
/// intellectual/mental grades 1-3, physical 1-2, visual 1 (TK-02).
/// </summary>
public class ExtremePovertyTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static HouseholdMember Alone(LocalDate born, params Income[] incomes) =>
        Person(Relation.Applicant, born, incomes) with { HasAbleSupporter = false };

    private static ExtremePovertyDecision Decide(Household household, LocalDate? date = null) =>
        ExtremePoverty.Decide(household, PolicySets.ZhifuPilot, date ?? Date).Value;

    [Fact]
    public void Tk01_ElderlyPersonAloneWithSmallIncome_Qualifies()
    {
        var decision = Decide(Of(Alone(new LocalDate(1950, 1, 1), Wages(3_000m))));
        Assert.Equal([0], decision.EligibleMembers.Indexes);
        Assert.Contains("TK-03", decision.Explanation.CitedRuleIds);
    }

    [Fact]
    public void Tk01_AnAbleSupporter_Disqualifies() =>
        Assert.True(Decide(Of(Alone(new LocalDate(1950, 1, 1)) with { HasAbleSupporter = true })).EligibleMembers.IsEmpty);

    [Fact]
    public void Tk02_SixtiethBirthday_IsTheFirstDayWithoutAbilityToWork()
    {
        var person = Alone(new LocalDate(1966, 3, 1));
        Assert.False(Decide(Of(person), new LocalDate(2026, 2, 28)).Assessment.IsEligible);
        Assert.True(Decide(Of(person)).Assessment.IsEligible);
    }

    [Fact]
    public void Tk02_SixteenthBirthday_BringsAbilityToWork()
    {
        var child = Person(Relation.Child, new LocalDate(2010, 3, 1)) with { HasAbleSupporter = false };
        var household = Of(Person(Relation.Applicant, new LocalDate(1980, 1, 1)), child);
        Assert.Equal([1], Decide(household, new LocalDate(2026, 2, 28)).EligibleMembers.Indexes);
        Assert.True(Decide(household).EligibleMembers.IsEmpty);
    }

    [Fact]
    public void Tk04_EnrolledMinor_StaysUntil18()
    {
        var child = Person(Relation.Child, new LocalDate(2009, 6, 1)) with { HasAbleSupporter = false, EnrolledInExtremePoverty = true };
        var household = Of(Person(Relation.Applicant, new LocalDate(1980, 1, 1)), child);
        Assert.Equal([1], Decide(household).EligibleMembers.Indexes);
        Assert.Contains("TK-04", Decide(household).Explanation.CitedRuleIds);
        Assert.True(Decide(household, new LocalDate(2027, 6, 1)).EligibleMembers.IsEmpty);
    }

    [Theory]
    [InlineData(DisabilityKind.Intellectual, 3, true)]
    [InlineData(DisabilityKind.Intellectual, 4, false)]
    [InlineData(DisabilityKind.Mental, 3, true)]
    [InlineData(DisabilityKind.Physical, 2, true)]
    [InlineData(DisabilityKind.Physical, 3, false)]
    [InlineData(DisabilityKind.Visual, 1, true)]
    [InlineData(DisabilityKind.Visual, 2, false)]
    [InlineData(DisabilityKind.Hearing, 1, false)]
    [InlineData(DisabilityKind.Multiple, 1, false)]
    public void Tk02_DisabilityGrades_FollowTheList(DisabilityKind kind, int grade, bool qualifies)
    {
        var person = Alone(new LocalDate(1980, 1, 1)) with { Disability = new Disability(kind, grade) };
        Assert.Equal(qualifies, Decide(Of(person)).Assessment.IsEligible);
    }

    [Fact]
    public void Tk03_OwnIncomeAtTheLine_IsALivelihood_OneFenBelowIsNot()
    {
        Assert.False(Decide(Of(Alone(new LocalDate(1950, 1, 1), Wages(11_400m)))).Assessment.IsEligible);
        Assert.True(Decide(Of(Alone(new LocalDate(1950, 1, 1), Wages(11_399.99m)))).Assessment.IsEligible);
    }

    [Fact]
    public void Tk03_ExcludedIncomeKinds_DoNotCount() =>
        Assert.True(Decide(Of(Alone(new LocalDate(1950, 1, 1), new Income(IncomeKind.PreferentialTreatment, Money.FromYuan(50_000m))))).Assessment.IsEligible);

    [Fact]
    public void Tk03_PropertyTestFailing_Disqualifies() =>
        Assert.False(Decide(Of(new HouseholdAssets { HomesOwned = 2 }, Alone(new LocalDate(1950, 1, 1)))).Assessment.IsEligible);

    [Fact]
    public void Tk01_MemberNotCounted_IsNotConsidered()
    {
        var household = Of(
            Person(Relation.Applicant, new LocalDate(1980, 1, 1)),
            Person(Relation.Parent, new LocalDate(1940, 1, 1)) with { HasAbleSupporter = false, Absence = Absence.ServingSentence });
        Assert.True(Decide(household).EligibleMembers.IsEmpty);
    }

    [Fact]
    public void Explanation_ReadsInBothLanguages()
    {
        var decision = Decide(Of(Alone(new LocalDate(1950, 1, 1), Wages(3_000m))));
        var english = decision.Explanation.Render(DomainKit.Explanations.Language.English);
        var chinese = decision.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified);
        Assert.Contains("members[0] has no ability to work: aged 76, at least 60.", english, StringComparison.Ordinal);
        Assert.Contains("members[0] 无劳动能力：76 岁，达到 60 岁。", chinese, StringComparison.Ordinal);
        Assert.Equal("Extreme-poverty persons: members[0] (2026-03-01, policy zhifu-pilot).", decision.Summary(DomainKit.Explanations.Language.English));
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool FastPath_EqualsExplainedPath_AndBatch(Household household, PolicySet policy, LocalDate date)
    {
        var terms = ExtremePovertyTerms.Resolve(policy, date).Value;
        var fast = ExtremePoverty.Assess(household, terms);
        var batch = new ExtremePovertyAssessment[1];
        ExtremePoverty.AssessAll([household], terms, batch);
        return ExtremePoverty.Decide(household, terms).Assessment == fast && batch[0] == fast;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool MoreOwnIncome_NeverMakesAMemberEligible(Household household, PolicySet policy, LocalDate date, Money extra)
    {
        var terms = ExtremePovertyTerms.Resolve(policy, date).Value;
        var before = ExtremePoverty.Assess(household, terms).EligibleMembers;
        for (var i = 0; i < household.Members.Length; i++)
        {
            var member = household.Members[i];
            var richer = DomainArbitraries.Build(household.Members.SetItem(i, member with { Incomes = member.Incomes.Add(new Income(IncomeKind.Wages, extra)) }), household.Assets);
            var after = ExtremePoverty.Assess(richer, terms).EligibleMembers;
            if (after.Indexes.Any(j => !before.Contains(j)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool EligibleMembers_AreCountedMembersWithoutAbleSupporters(Household household, PolicySet policy, LocalDate date)
    {
        var dibao = Dibao.Decide(household, policy, date).Value;
        var eligible = ExtremePoverty.Decide(household, policy, date).Value.EligibleMembers;
        return eligible.Count <= dibao.CountedMembers && eligible.Indexes.All(i => !household.Members[i].HasAbleSupporter);
    }
}
