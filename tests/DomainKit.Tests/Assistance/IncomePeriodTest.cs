using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// HH-03, HH-04: an income stated per month counts once for each month of the assessment window. Hand figures under
/// zhifu-pilot on 2026-03-01 (standard ¥950.00, three members): wages of ¥1500.00 a month over the 12-month window are
/// ¥18000.00, benefit (950 × 3 × 12 − 18000) ÷ 12 = ¥1350.00. Over a 6-month window the same ¥1500.00 a month is
/// ¥9000.00, benefit (950 × 3 × 6 − 9000) ÷ 6 = ¥1350.00, while ¥18000.00 stated over that window is ¥3000.00 a month,
/// above the line of 950 × 3 = ¥2850.00: not eligible.
/// </summary>
public class IncomePeriodTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static readonly PolicySet SixMonthWindow = PolicySets.ZhifuPilot.With(MeansTestParameters.AssessmentWindowMonths, 6, new LocalDate(2014, 5, 1));

    private static Household Family(Income wages) => Household.Create(
    [
        new HouseholdMember { Relation = Relation.Applicant, BirthDate = new LocalDate(1978, 4, 12), Incomes = [wages] },
        new HouseholdMember { Relation = Relation.Spouse, BirthDate = new LocalDate(1980, 9, 30) },
        new HouseholdMember { Relation = Relation.Child, BirthDate = new LocalDate(2014, 6, 1) },
    ]).Value;

    private static readonly Income Monthly = new(IncomeKind.Wages, Money.FromYuan(1_500m)) { Period = IncomePeriod.Month };

    private static readonly Income OverTheWindow = new(IncomeKind.Wages, Money.FromYuan(18_000m));

    [Fact]
    public void Hh03_AMonthlyIncome_CountsOncePerMonthOfTheWindow()
    {
        Assert.Equal(Money.FromYuan(1_350m), Dibao.Decide(Family(Monthly), PolicySets.ZhifuPilot, Date).Value.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(18_000m), Dibao.Decide(Family(Monthly), PolicySets.ZhifuPilot, Date).Value.CountedIncome);
        Assert.Equal(Money.FromYuan(1_350m), Dibao.Decide(Family(Monthly), SixMonthWindow, Date).Value.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(9_000m), Dibao.Decide(Family(Monthly), SixMonthWindow, Date).Value.CountedIncome);
        Assert.False(Dibao.Decide(Family(OverTheWindow), SixMonthWindow, Date).Value.Assessment.IsEligible);
    }

    [Fact]
    public void AMembersPackedFacts_StayOneCacheLine_WithTheMonthlyIncomeBesideTheWindowTotal()
    {
        // docs/benchmarks.md: the laid-out caseload keeps each member's facts in 64 bytes.
        Assert.Equal(64, System.Runtime.CompilerServices.Unsafe.SizeOf<MemberFacts>());
        var facts = new MemberFacts(new HouseholdMember
        {
            Relation = Relation.Applicant,
            BirthDate = new LocalDate(1978, 4, 12),
            RefusedJobReferrals = 1000,
            Disability = new Disability(DisabilityKind.Physical, 4),
            Incomes = [Monthly, OverTheWindow, new Income(IncomeKind.Scholarship, Money.FromYuan(99m)) { Period = IncomePeriod.Month }],
        });
        Assert.Equal((1000, 4, DisabilityKind.Physical), ((int)facts.RefusedJobReferrals, (int)facts.DisabilityGrade, facts.DisabilityKind));
        Assert.Equal(Money.FromYuan(18_000m + (1_500m * 12)).Fen, facts.CountedIncomeFen(12));
        Assert.Null(new MemberFacts(new HouseholdMember { Relation = Relation.Spouse, BirthDate = new LocalDate(1980, 1, 1) }).DisabilityKind);
    }

    [Fact]
    public void TheExplanation_ShowsTheConversion_InBothLanguages()
    {
        var explanation = Dibao.Decide(Family(Monthly), PolicySets.ZhifuPilot, Date).Value.Explanation;
        Assert.Contains("Wages of members[0], ¥1500.00 a month × 12 months = ¥18000.00: counted.", explanation.Render(Language.English), StringComparison.Ordinal);
        Assert.Contains("members[0] 的工资性收入 每月 1500.00元 × 12 个月 = 18000.00元：计入。", explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);
        Assert.Contains("输入 members[0].incomes[0].period = 每月（month）", explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePeriod_IsReadAndWritten_AndAnUnknownOneIsRefusedAtItsPath()
    {
        var household = Family(Monthly);
        var written = HouseholdJson.Write(household);
        Assert.Contains("\"period\": \"month\"", written, StringComparison.Ordinal);
        Assert.Equal(IncomePeriod.Month, HouseholdJson.Parse(written).Value.Members[0].Incomes[0].Period);
        Assert.DoesNotContain("\"period\"", HouseholdJson.Write(Family(OverTheWindow)), StringComparison.Ordinal);

        var refused = HouseholdJson.Parse("""{"schema":"domainkit/household@1","members":[{"relation":"applicant","birthDate":"1978-04-12","incomes":[{"kind":"wages","amount":1500,"period":"week"}]}]}""");
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal("members[0].incomes[0].period", error.Identifier);
        Assert.DoesNotContain("week", error.ErrorMessage, StringComparison.Ordinal);
    }

    /// <summary>Every income stated per month decides as the same amounts times the window stated over the window, for generated households and both windows.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(DomainArbitraries)])]
    public bool AMonthlyStatement_DecidesAsItsWindowTotal(Household household, LocalDate date)
    {
        foreach (var (policy, months) in new[] { (PolicySets.ZhifuPilot, 12), (SixMonthWindow, 6) })
        {
            var monthly = Restate(household, income => income with { Period = IncomePeriod.Month });
            var total = Restate(household, income => income with { Amount = Money.FromFen(income.Amount.Fen * months) });
            var a = Dibao.Assess(monthly, policy, date);
            var b = Dibao.Assess(total, policy, date);
            if (a.IsSuccess != b.IsSuccess || (a.IsSuccess && a.Value != b.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static Household Restate(Household household, Func<Income, Income> restate) =>
        Household.Create(household.Members.Select(m => m with { Incomes = [.. m.Incomes.Select(restate)] }), household.Assets, household.DibaoHistory).Value;
}
