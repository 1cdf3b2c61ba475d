using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Assistance;

public partial class DibaoTest
{
    private static DibaoTerms Terms(PolicySet policy, LocalDate date) => DibaoTerms.Resolve(policy, date).Value;

    private static Household WithExtraWages(Household household, Money extra)
    {
        var applicant = household.Members[0];
        return DomainArbitraries.Build(
            household.Members.SetItem(0, applicant with { Incomes = applicant.Incomes.Add(new Income(IncomeKind.Wages, extra)) }),
            household.Assets);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool FastPath_EqualsExplainedPath(Household household, PolicySet policy, LocalDate date)
    {
        var terms = Terms(policy, date);
        var explained = Dibao.Decide(household, terms);
        var viaPolicy = Dibao.Decide(household, policy, date).Value;
        var fast = Dibao.Assess(household, terms);
        return explained.Assessment == fast
            && viaPolicy.Assessment == fast
            && Dibao.Assess(household, policy, date).Value == fast;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool Batch_EqualsOneByOne(Household[] households, PolicySet policy, LocalDate date)
    {
        var terms = Terms(policy, date);
        var results = new DibaoAssessment[households.Length];
        Dibao.AssessAll(households, terms, results);
        return households.Select(h => Dibao.Assess(h, terms)).SequenceEqual(results);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool MoreCountedIncome_NeverRaisesTheBenefit_NorMakesEligible(Household household, PolicySet policy, LocalDate date, Money extra)
    {
        var terms = Terms(policy, date);
        var before = Dibao.Assess(household, terms);
        var after = Dibao.Assess(WithExtraWages(household, extra), terms);
        return after.MonthlyBenefit <= before.MonthlyBenefit && (!after.IsEligible || before.IsEligible);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool Benefit_IsNeverNegative_AndZeroWheneverIneligible(Household household, PolicySet policy, LocalDate date)
    {
        var assessment = Dibao.Assess(household, Terms(policy, date));
        return !assessment.MonthlyBenefit.IsNegative
            && (assessment.IsEligible || assessment.MonthlyBenefit == Money.Zero)
            && (assessment.MonthlyBenefit == Money.Zero || assessment.IsEligible);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool EligibleBenefit_IsTheGapRoundedOnce(Household household, PolicySet policy, LocalDate date)
    {
        var terms = Terms(policy, date);
        var decision = Dibao.Decide(household, terms);
        if (!decision.Assessment.IsEligible)
        {
            return decision.MonthlyBenefit == Money.Zero;
        }

        // DB-13 floors and DB-07 cuts change the amount; their own properties cover them.
        if (terms.MinimumShare is not null || decision.Explanation.CitedRuleIds.Contains("DB-07"))
        {
            return true;
        }

        // DB-02: standard × members − income ÷ window, to the fen, half away from zero: within half a fen of the exact gap.
        var window = terms.MeansTest.AssessmentWindowMonths.Value;
        var exactGap = ((decimal)terms.StandardMonthly.Value.Fen * decision.CountedMembers) - ((decimal)decision.CountedIncome.Fen / window);
        return Math.Abs(decision.MonthlyBenefit.Fen - exactGap) <= 0.5m
            && decision.MonthlyBenefit <= terms.StandardMonthly.Value * decision.CountedMembers;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool Db13_TheFloorIsNeverUndercut_AndDb07_RefusalsNeverRaiseTheBenefit(Household household, PolicySet policy, LocalDate date)
    {
        var terms = Terms(policy, date);
        var assessment = Dibao.Assess(household, terms);
        var withoutRefusals = DomainArbitraries.Build(household.Members.Select(m => m with { RefusedJobReferrals = 0 }), household.Assets);
        var full = Dibao.Assess(withoutRefusals, terms);
        var counted = MeansTest.CountedMembers(household, terms.MeansTest).Count;
        var floor = terms.MinimumShare is { } share ? share.Value.TimesFen(terms.StandardMonthly.Value.Fen * counted) : 0m;
        return assessment.Outcome == full.Outcome
            && assessment.MonthlyBenefit <= full.MonthlyBenefit
            && (!full.IsEligible || full.MonthlyBenefit.Fen >= decimal.Round(floor, 0, MidpointRounding.AwayFromZero));
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool IncomeExactlyAtTheLine_Fails_AndOneFenBelow_Passes(PolicySet policy, LocalDate date, PositiveInt extraMembers)
    {
        // Applicant, spouse and adult children who do not live independently: all always count; no assets, so only
        // the income test decides.
        var terms = Terms(policy, date);
        var members = 1 + (extraMembers.Get % 5);
        var line = terms.StandardMonthly.Value * members * terms.MeansTest.AssessmentWindowMonths.Value;
        Household WithIncome(Money total) => DomainArbitraries.Build(
            Enumerable.Range(0, members).Select(i => new HouseholdMember
            {
                Relation = i switch { 0 => Relation.Applicant, 1 => Relation.Spouse, _ => Relation.Child },
                BirthDate = i < 2 ? new LocalDate(1950, 1, 1) : new LocalDate(1975, 1, 1),
                Incomes = i == 0 ? [new Income(IncomeKind.Wages, total)] : [],
            }),
            HouseholdAssets.None);
        var atLine = Dibao.Decide(WithIncome(line), terms);
        var belowLine = Dibao.Decide(WithIncome(line - Money.FromFen(1)), terms);
        var propertyPasses = MeansTest.TestProperty(HouseholdAssets.None, members, terms).Passes;
        return !atLine.Assessment.IsEligible
            && belowLine.Assessment.IsEligible == propertyPasses
            && belowLine.CountedMembers == members;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool Explanation_CitesTheRulesItApplied_AndRendersInBothLanguages(Household household, PolicySet policy, LocalDate date)
    {
        var decision = Dibao.Decide(household, Terms(policy, date));
        var cited = decision.Explanation.CitedRuleIds.ToHashSet();
        var english = decision.Explanation.Render(DomainKit.Explanations.Language.English);
        var chinese = decision.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified);
        return cited.IsSupersetOf(["HH-01", "HH-03", "HH-04", "HH-05", "DB-01", "DB-02"])
            && !english.Contains('{', StringComparison.Ordinal)
            && !chinese.Contains('{', StringComparison.Ordinal)
            && english != chinese;
    }
}
