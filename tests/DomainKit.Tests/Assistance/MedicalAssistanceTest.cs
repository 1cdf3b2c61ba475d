using System.Collections.Immutable;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Medical assistance. Zhifu pilot: no deductible (ZF-MA-01); dibao scheme 70%, cap ¥20,000 (illustrative);
/// serious-illness inpatient scheme 60%/¥10,000 until 2015-12-31, 80%/¥30,000 from 2016-01-01 (ZF-MA-02,
/// ZF-MA-03, date illustrative), covering every group from then on (ZF-MA-04).
/// </summary>
public class MedicalAssistanceTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    // Dibao under Zhifu: 950 × 2 × 12 = 22,800 > 10,000.
    private static readonly Household DibaoCouple = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Spouse, Adult));

    // Neither dibao nor margin under Zhifu: 100,000 is above 1.5 × 22,800.
    private static readonly Household Comfortable = Of(Person(Relation.Applicant, Adult, Wages(100_000m)), Person(Relation.Spouse, Adult));

    private static MedicalBill Bill(decimal total, decimal basic = 0m, decimal excluded = 0m, bool serious = false, params decimal[] alreadyPaid) => new()
    {
        MemberIndex = 1,
        TotalCost = Money.FromYuan(total),
        BasicInsurancePaid = Money.FromYuan(basic),
        ExcludedCost = Money.FromYuan(excluded),
        Inpatient = serious,
        SeriousIllness = serious,
        AlreadyPaidThisYear = [.. alreadyPaid.Select(Money.FromYuan)],
    };

    private static MedicalDecision Decide(Household household, MedicalBill bill, PolicySet? policy = null, LocalDate? date = null)
    {
        var result = MedicalAssistance.Decide(household, bill, policy ?? PolicySets.ZhifuPilot, date ?? Date);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public void Ma02_Ma04_DibaoMember_GetsTheRatioOfTheRemainderAfterInsurance()
    {
        // Remainder 10,000 − 1,000 − 5,000 = 4,000; 70% = 2,800.00.
        var decision = Decide(DibaoCouple, Bill(10_000m, basic: 5_000m, excluded: 1_000m));
        Assert.Equal(MedicalGroup.Dibao, decision.Group);
        Assert.Equal(Money.FromYuan(4_000m), decision.Remainder);
        Assert.Equal(Money.FromYuan(2_800m), decision.Amount);
        Assert.False(decision.Assessment.SeriousIllnessScheme);
    }

    [Fact]
    public void ZfMa02_SeriousIllnessInpatient_Gets80Percent()
    {
        var decision = Decide(DibaoCouple, Bill(10_000m, basic: 5_000m, excluded: 1_000m, serious: true));
        Assert.True(decision.Assessment.SeriousIllnessScheme);
        Assert.Equal(Money.FromYuan(3_200m), decision.Amount);
        Assert.Contains("ZF-MA-04", decision.Explanation.CitedRuleIds);
    }

    [Fact]
    public void ZfMa02_ZfMa03_TheDayBeforeTheReformUsesTheOldValues_TheDayItselfTheNew()
    {
        var bill = Bill(50_000m, serious: true);
        Assert.Equal(Money.FromYuan(10_000m), Decide(DibaoCouple, bill, date: new LocalDate(2015, 12, 31)).Amount);   // 60% of 50,000 = 30,000, cap 10,000
        Assert.Equal(Money.FromYuan(30_000m), Decide(DibaoCouple, bill, date: new LocalDate(2016, 1, 1)).Amount);     // 80% = 40,000, cap 30,000
        Assert.Equal(Money.FromYuan(2_400m), Decide(DibaoCouple, Bill(4_000m, serious: true), date: new LocalDate(2015, 12, 31)).Amount);
        Assert.Equal(Money.FromYuan(3_200m), Decide(DibaoCouple, Bill(4_000m, serious: true), date: new LocalDate(2016, 1, 1)).Amount);
    }

    [Theory]
    [InlineData(37_500, 0, 30_000)]       // 80% is exactly the cap
    [InlineData(37_501.25, 0, 30_000)]    // one fen over the cap: capped
    [InlineData(50_000, 25_000, 5_000)]   // part of the cap used already
    [InlineData(50_000, 30_000, 0)]       // cap used up exactly
    [InlineData(50_000, 35_000, 0)]       // more than the cap already paid: never negative
    public void Ma05_AnnualCap_CountsWhatWasPaidThisYear(decimal remainder, decimal alreadyPaid, decimal expected)
    {
        var decision = Decide(DibaoCouple, Bill(remainder, serious: true, alreadyPaid: alreadyPaid));
        Assert.Equal(Money.FromYuan(expected), decision.Amount);
    }

    [Fact]
    public void ZfMa04_OtherResident_IsCoveredOnlyForSeriousIllnessAfterTheReform()
    {
        Assert.False(Decide(Comfortable, Bill(10_000m)).Assessment.Covered);
        var serious = Decide(Comfortable, Bill(10_000m, serious: true));
        Assert.Equal(MedicalGroup.OtherResident, serious.Group);
        Assert.Equal(Money.FromYuan(8_000m), serious.Amount);
        Assert.False(Decide(Comfortable, Bill(10_000m, serious: true), date: new LocalDate(2015, 6, 1)).Assessment.Covered);
        Assert.Equal(Money.Zero, Decide(Comfortable, Bill(10_000m), date: new LocalDate(2015, 6, 1)).Amount);
    }

    [Fact]
    public void Ma03_MarginMember_PaysADeductibleOfTenPercentOfDisposableIncome()
    {
        // National baseline: dibao line 800 × 2 × 12 = 19,200, margin line 28,800; 25,000 is between.
        // Deductible 10% × 41,314.00 = 4,131.40; base 10,000 − 4,131.40 = 5,868.60; 60% = 3,521.16.
        var household = Of(Person(Relation.Applicant, Adult, Wages(25_000m)), Person(Relation.Spouse, Adult));
        var decision = Decide(household, Bill(10_000m), PolicySets.NationalBaseline);
        Assert.Equal(MedicalGroup.Margin, decision.Group);
        var stage = Assert.Single(decision.Stages);
        Assert.Equal(Money.FromYuan(4_131.40m), stage.Deductible);
        Assert.Equal(Money.FromYuan(3_521.16m), decision.Amount);
    }

    [Fact]
    public void Ma03_ImpoverishedByIllness_PaysAQuarterOfDisposableIncome()
    {
        // 25% × 41,314.00 = 10,328.50; base 20,000 − 10,328.50 = 9,671.50; 50% = 4,835.75.
        var decision = Decide(Comfortable, Bill(20_000m) with { ImpoverishedByIllness = true }, PolicySets.NationalBaseline);
        Assert.Equal(MedicalGroup.ImpoverishedByIllness, decision.Group);
        Assert.Equal(Money.FromYuan(4_835.75m), decision.Amount);
    }

    [Fact]
    public void Ma03_RemainderBelowTheDeductible_PaysNothing()
    {
        var decision = Decide(Comfortable, Bill(10_000m) with { ImpoverishedByIllness = true }, PolicySets.NationalBaseline);
        Assert.True(decision.Assessment.Covered);
        Assert.Equal(Money.Zero, decision.Amount);
    }

    [Fact]
    public void Ma01_ExtremePovertyPerson_IsInTheHighestGroup()
    {
        var household = Of(Person(Relation.Applicant, new LocalDate(1950, 1, 1)) with { HasAbleSupporter = false });
        var decision = Decide(household, Bill(1_000m) with { MemberIndex = 0 });
        Assert.Equal(MedicalGroup.ExtremePoverty, decision.Group);
        Assert.Equal(Money.FromYuan(700m), decision.Amount);
    }

    [Fact]
    public void Ma01_Md02_MemberEnrolledAloneInDibao_IsInTheDibaoGroup()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(30_000m)), Person(Relation.Spouse, Adult) with { SeriouslyIll = true });
        Assert.Equal(MedicalGroup.Dibao, Decide(household, Bill(1_000m)).Group);
        Assert.Equal(MedicalGroup.Margin, Decide(household, Bill(1_000m) with { MemberIndex = 0 }).Group);
    }

    [Fact]
    public void Ma06_StagesPayInTurnOnWhatIsStillUnpaid()
    {
        // Stage 1: 60% up to 10,000 and 80% above, cap 20,000: 6,000 + 16,000 = 22,000, capped at 20,000.
        // Stage 2 (tilted): deductible 2,000 on the 10,000 still unpaid, 50% of 8,000 = 4,000, under its 5,000 cap.
        var scheme = MedicalAssistanceScheme.Create(
        [
            new MedicalStage("basic", Deductible.None, [new RatioBand(Money.FromYuan(10_000m), Rate.Percent(60)), new RatioBand(null, Rate.Percent(80))], Money.FromYuan(20_000m)),
            MedicalStage.Flat("tilted", Deductible.Fixed(Money.FromYuan(2_000m)), Rate.Percent(50), Money.FromYuan(5_000m)),
        ]).Value;
        var policy = PolicySets.ZhifuPilot.With(MedicalParameters.SchemeDibao, scheme, new LocalDate(2026, 1, 1));
        var decision = Decide(DibaoCouple, Bill(30_000m), policy);
        Assert.Equal([Money.FromYuan(20_000m), Money.FromYuan(4_000m)], decision.Stages.Select(s => s.Paid));
        Assert.Equal(Money.FromYuan(24_000m), decision.Amount);
        Assert.Equal(Money.FromYuan(10_000m), decision.Stages[1].Unpaid);
        Assert.Equal(Money.FromYuan(22_000m), decision.Stages[0].Computed);
    }

    [Fact]
    public void NoSeriousIllnessScheme_MeansTheGroupSchemeApplies() =>
        Assert.Equal(Money.FromYuan(700m), Decide(DibaoCouple, Bill(1_000m, serious: true), PolicySets.NationalBaseline).Amount);

    [Fact]
    public void Ma07_PremiumSubsidy_PaysTheGroupsShare()
    {
        var terms = MedicalTerms.Resolve(PolicySets.ZhifuPilot, Date).Value;
        var dibao = MedicalAssistance.SubsidisePremium(DibaoCouple, 1, Money.FromYuan(380m), terms).Value;
        Assert.Equal(Money.FromYuan(342m), dibao.Amount);
        Assert.Equal(Money.FromYuan(38m), dibao.PersonPays);
        Assert.Equal(Money.Zero, MedicalAssistance.SubsidisePremium(Comfortable, 1, Money.FromYuan(380m), terms).Value.Amount);
        Assert.Equal("memberIndex", Assert.Single(MedicalAssistance.SubsidisePremium(Comfortable, 9, Money.FromYuan(380m), terms).ValidationErrors).Identifier);
    }

    [Fact]
    public void Decide_BadBills_AreInvalidWithTheirPaths()
    {
        AssertInvalid(Bill(100m) with { MemberIndex = 5 }, "bill.memberIndex");
        AssertInvalid(Bill(100m, basic: 80m, excluded: 30m), "bill.totalCost");
        AssertInvalid(Bill(100m) with { SupplementaryPaid = Money.FromYuan(-1m) }, "bill.supplementaryPaid");
        AssertInvalid(Bill(100m, alreadyPaid: -5m), "bill.alreadyPaidThisYear[0]");

        static void AssertInvalid(MedicalBill bill, string path)
        {
            var result = MedicalAssistance.Decide(DibaoCouple, bill, PolicySets.ZhifuPilot, Date);
            Assert.Contains(result.ValidationErrors, e => e.Identifier == path && e.ErrorCode == ErrorCodes.OutOfRange);
        }
    }

    [Fact]
    public void Decide_TheSumOfABillsParts_IsCheckedOnlyWhenEachPartIsWithinItsLimit()
    {
        // An excluded cost exactly at the limit is within it, so the parts are summed and exceed the total; one fen
        // more is refused on its own, and the sum of parts out of range is not checked.
        string[] Paths(decimal excluded) =>
            [.. MedicalAssistance.Decide(DibaoCouple, Bill(100m, excluded: excluded), PolicySets.ZhifuPilot, Date).ValidationErrors.Select(e => e.Identifier)];
        Assert.Equal(["bill.totalCost"], Paths(10_000_000_000m));
        Assert.Equal(["bill.excludedCost"], Paths(10_000_000_000.01m));
    }

    [Fact]
    public void Explanation_ShowsEachStageInBothLanguages()
    {
        var decision = Decide(DibaoCouple, Bill(50_000m, serious: true, alreadyPaid: 25_000m));
        var english = decision.Explanation.Render(DomainKit.Explanations.Language.English);
        var chinese = decision.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified);
        Assert.Contains("Annual cap ¥30000.00, ¥25000.00 already paid this year, leaves ¥5000.00, less than ¥40000.00: the stage pays ¥5000.00.", english, StringComparison.Ordinal);
        Assert.Contains("年度封顶线 30000.00元，本年已救助 25000.00元，剩余 5000.00元，少于 40000.00元：本阶段支付 5000.00元。", chinese, StringComparison.Ordinal);
        Assert.Contains("parameter medicalSchemeSeriousIllness", english, StringComparison.Ordinal);
        Assert.Equal("Medical assistance (dibao): ¥5000.00 for this bill (2026-03-01, policy zhifu-pilot).", decision.Summary(DomainKit.Explanations.Language.English));
    }

    [Property(MaxTest = 1000)]
    public bool ZhifuReform_TheDayBeforeUsesTheOldValues_TheDayItselfTheNew(NonNegativeInt remainderFen)
    {
        var bill = new MedicalBill { MemberIndex = 1, TotalCost = Money.FromFen(remainderFen.Get), Inpatient = true, SeriousIllness = true };
        var before = MedicalAssistance.Decide(DibaoCouple, bill, PolicySets.ZhifuPilot, new LocalDate(2015, 12, 31)).Value.Amount;
        var on = MedicalAssistance.Decide(DibaoCouple, bill, PolicySets.ZhifuPilot, new LocalDate(2016, 1, 1)).Value.Amount;
        long Expected(decimal ratio, long capFen) => Math.Min(capFen, (long)decimal.Round(ratio * remainderFen.Get, 0, MidpointRounding.AwayFromZero));
        return before.Fen == Expected(0.6m, 1_000_000) && on.Fen == Expected(0.8m, 3_000_000);
    }

    [Property(MaxTest = 2000)]
    public bool BandedAmount_IntegerPath_EqualsExactDecimals(NonNegativeInt baseFen, ushort firstRatio, ushort secondRatio, PositiveInt edge, bool fineRatio)
    {
        // Four-decimal ratios take the integer path; a fifth decimal forces the decimal path; both must agree.
        var scale = fineRatio ? 100_000m : 10_000m;
        var stage = new MedicalStage(
            "banded",
            Deductible.None,
            [new RatioBand(Money.FromFen(edge.Get), Rate.FromFraction(Math.Min(firstRatio, (int)scale) / scale)), new RatioBand(null, Rate.FromFraction(Math.Min(secondRatio, (int)scale) / scale))],
            Money.FromYuan(1_000_000m));
        var exact = (long)decimal.Round(stage.BandedFen(baseFen.Get), 0, MidpointRounding.AwayFromZero);
        return stage.BandedAmount(baseFen.Get).Fen == exact;
    }

    // Single-stage invariants of the specification: amount = min(cap − paid, ratio × max(0, cost − deductible)).
    private static Money SingleStage(long costFen, byte percent, long capFen, long paidFen, long deductibleFen)
    {
        var scheme = MedicalAssistanceScheme.SingleStage(Deductible.Fixed(Money.FromFen(deductibleFen)), Rate.Percent(percent % 101), Money.FromFen(capFen));
        var policy = PolicySets.ZhifuPilot.With(MedicalParameters.SchemeDibao, scheme, new LocalDate(2026, 1, 1));
        var bill = new MedicalBill { MemberIndex = 1, TotalCost = Money.FromFen(costFen), AlreadyPaidThisYear = [Money.FromFen(paidFen)] };
        return MedicalAssistance.Decide(DibaoCouple, bill, policy, Date).Value.Amount;
    }

    [Property(MaxTest = 1000)]
    public bool SingleStage_FollowsTheFormula_AndItsBounds(NonNegativeInt cost, byte percent, NonNegativeInt cap, NonNegativeInt paid, NonNegativeInt deductible)
    {
        var amount = SingleStage(cost.Get, percent, cap.Get, paid.Get, deductible.Get);
        var ratio = (percent % 101) / 100m;
        var expected = Math.Min(
            Math.Max(0L, (long)cap.Get - paid.Get),
            (long)decimal.Round(ratio * Math.Max(0L, (long)cost.Get - deductible.Get), 0, MidpointRounding.AwayFromZero));
        return amount.Fen == expected && !amount.IsNegative && amount.Fen <= cap.Get && amount.Fen <= cost.Get;
    }

    [Property(MaxTest = 1000)]
    public bool SingleStage_IsMonotoneInCostRatioAndCap(NonNegativeInt cost, byte percent, NonNegativeInt cap, NonNegativeInt more)
    {
        var baseAmount = SingleStage(cost.Get, (byte)(percent % 100), cap.Get, 0, 1_000);
        return SingleStage((long)cost.Get + more.Get, (byte)(percent % 100), cap.Get, 0, 1_000) >= baseAmount
            && SingleStage(cost.Get, (byte)((percent % 100) + 1), cap.Get, 0, 1_000) >= baseAmount
            && SingleStage(cost.Get, (byte)(percent % 100), (long)cap.Get + more.Get, 0, 1_000) >= baseAmount;
    }

    public static Arbitrary<(Household, MedicalBill)> Claims() => Arb.From(
        from household in DomainArbitraries.HouseholdGen
        from index in Gen.Choose(0, household.Members.Length - 1)
        from total in Gen.Choose(0, 50_000_000)
        from insuredShare in Gen.Choose(0, 100)
        from excludedShare in Gen.Choose(0, 100 - insuredShare)
        from inpatient in Gen.Elements(true, false)
        from serious in Gen.Elements(true, false)
        from impoverished in Gen.Elements(true, false)
        from paid in Gen.ListOf(Gen.Choose(0, 4_000_000).Select(fen => Money.FromFen(fen)), 2)
        select (household, new MedicalBill
        {
            MemberIndex = index,
            TotalCost = Money.FromFen(total),
            BasicInsurancePaid = Money.FromFen((long)total * insuredShare / 100),
            ExcludedCost = Money.FromFen((long)total * excludedShare / 100),
            Inpatient = inpatient,
            SeriousIllness = serious,
            ImpoverishedByIllness = impoverished,
            AlreadyPaidThisYear = [.. paid],
        }));

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries), typeof(MedicalAssistanceTest)])]
    public bool FastPath_EqualsExplainedPath_AndNeverExceedsTheRemainder((Household Household, MedicalBill Bill) claim, LocalDate date)
    {
        var terms = MedicalTerms.Resolve(PolicySets.ZhifuPilot, date).Value;
        var valid = MedicalClaim.Create(claim.Household, claim.Bill).Value;
        var fast = MedicalAssistance.Assess(valid, terms);
        var batch = new MedicalAssessment[1];
        MedicalAssistance.AssessAll([valid], terms, batch);
        var explained = MedicalAssistance.Decide(valid, terms);
        return explained.Assessment == fast
            && batch[0] == fast
            && !fast.Amount.IsNegative
            && fast.Amount <= claim.Bill.Remainder
            && explained.Stages.Aggregate(Money.Zero, (sum, s) => sum + s.Paid) == fast.Amount;
    }
}
