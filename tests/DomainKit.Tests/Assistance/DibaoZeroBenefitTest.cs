using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>DB-02: a household one fen under the line is eligible, and its explanation says why nothing is paid.</summary>
public class DibaoZeroBenefitTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static DibaoDecision Decide(decimal annualWages, PolicySet policy) => Dibao.Decide(
        Household.Create(
        [
            new HouseholdMember
            {
                Relation = Relation.Applicant,
                BirthDate = new LocalDate(1980, 1, 1),
                Incomes = [new Income(IncomeKind.Wages, Money.FromYuan(annualWages))],
            },
        ]).ValueOrThrow(),
        policy,
        Date).ValueOrThrow();

    [Fact]
    public void OneFenUnderTheLine_IsEligible_ForNothing_AndSaysSo()
    {
        // Standard 950.00 × 1 member × 12 months = 11,400.00; 0.01 short of it is 0.01 ÷ 12 a month, which rounds to 0.00.
        var policy = PolicySets.ZhifuPilot;
        Assert.Null(policy.ValueAtOrNull(DibaoParameters.MinimumShare, Date));
        var decision = Decide(11_399.99m, policy);
        Assert.Equal(DibaoOutcome.Eligible, decision.Outcome);
        Assert.Equal(Money.Zero, decision.MonthlyBenefit);
        Assert.Contains("该家庭符合低保条件，但月低保金四舍五入到分后为0.00元，不发放现金。", decision.Explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);
        Assert.Contains("so no cash is paid", decision.Explanation.Render(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void SixFenUnderTheLine_PaysAFen_AndSaysNothingOfZero()
    {
        // 0.06 ÷ 12 = 0.005 a month, which rounds half away from zero to 0.01.
        var decision = Decide(11_399.94m, PolicySets.ZhifuPilot);
        Assert.Equal(Money.FromFen(1), decision.MonthlyBenefit);
        Assert.DoesNotContain("no cash is paid", decision.Explanation.Render(Language.English), StringComparison.Ordinal);
    }
}
