using DomainKit.Assistance;
using DomainKit.Policies;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>The deductible (起付线) is annual (MA-03): the second bill of a year does not pay it again.</summary>
public class AnnualDeductibleTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    // Well above every low-income line, so the patient falls in the impoverished-by-illness group when recognised.
    private static readonly Household Household = Of(Person(Relation.Applicant, new LocalDate(1970, 1, 1), Wages(200_000m)));

    private static MedicalDecision Decide(decimal cost, decimal met = 0, decimal paid = 0) =>
        MedicalAssistance.Decide(
            Household,
            new MedicalBill
            {
                MemberIndex = 0,
                TotalCost = Money.FromYuan(cost),
                ImpoverishedByIllness = true,
                DeductibleMetThisYear = [Money.FromYuan(met)],
                AlreadyPaidThisYear = [Money.FromYuan(paid)],
            },
            PolicySets.NationalBaseline,
            Date).Value;

    [Fact]
    [Trait("rule", "MA-03")]
    public void TheSecondBillOfAYear_DoesNotPayTheDeductibleAgain()
    {
        // National baseline 2026: disposable income 41,314 (from 2025-01-01); impoverished by illness: deductible 25% = 10,328.50, ratio 50%, cap 20,000.
        var first = Decide(30_000m);
        Assert.Equal(MedicalGroup.ImpoverishedByIllness, first.Group);
        var stage = Assert.Single(first.Stages);
        Assert.Equal(Money.FromYuan(10_328.50m), stage.Deductible);
        Assert.Equal(Money.FromYuan(10_328.50m), stage.DeductibleLeft);
        Assert.Equal(Money.FromYuan(9_835.75m), first.Amount);   // 50% × (30,000 − 10,328.50)

        // Regression: the second bill of 8,000 had paid the whole deductible again, and so nothing.
        Assert.Equal(Money.Zero, Decide(8_000m).Amount);
        var second = Decide(8_000m, met: 10_328.50m, paid: 9_835.75m);
        Assert.Equal(Money.Zero, second.Stages[0].DeductibleLeft);
        Assert.Equal(Money.FromYuan(4_000m), second.Amount);     // 50% × 8,000, within the 10,164.25 left of the cap

        // Part met: 10,328.50 − 5,000 = 5,328.50 left; 50% × (8,000 − 5,328.50) = 1,335.75.
        Assert.Equal(Money.FromYuan(1_335.75m), Decide(8_000m, met: 5_000m).Amount);

        // Met more than the deductible: nothing is left, never a negative deductible.
        Assert.Equal(Money.FromYuan(4_000m), Decide(8_000m, met: 50_000m).Amount);
        Assert.Contains("10328.50 met by earlier bills this year, ¥0.00 left", second.Explanation.Render(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
        Assert.Contains("本年度此前费用已累计", second.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000)]
    [Trait("rule", "MA-03")]
    public bool TwoBillsOfAYear_ChargeTheDeductibleOnce_AndPayAsOneBillWouldBelowTheCap(PositiveInt firstYuan, PositiveInt secondYuan)
    {
        // Bills of at most 30,000 each: with a 50% ratio, the two never reach the 20,000 cap between them.
        decimal first = firstYuan.Get % 30_000, second = secondYuan.Get % 30_000;
        var one = Decide(first).Stages[0];
        var met = Money.Min(one.Deductible, Money.FromYuan(first));
        var two = Decide(second, met.Yuan, one.Paid.Yuan).Stages[0];
        var together = Decide(first + second).Stages[0];
        var charged = Money.Min(one.DeductibleLeft, one.Unpaid) + Money.Min(two.DeductibleLeft, two.Unpaid);
        return charged <= one.Deductible
            && charged == Money.Min(together.Deductible, Money.FromYuan(first + second))
            && Math.Abs((one.Paid + two.Paid - together.Paid).Fen) <= 1;   // one rounding each
    }
}
