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
/// The population measures of a reform comparison: weights, poverty against the dibao line (DB-01), deciles, regions,
/// take-up and the merge of partial comparisons, each figure worked out by hand from the Zhifu preset in 2026
/// (standard ¥950 a month, a 12-month window) against a reform that raises the standard to ¥1,000.
/// </summary>
public class PopulationMeasuresTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);
    private static readonly RegionCode Zhifu = RegionCode.Parse("370602").Value;

    private static PolicySet Raised => PolicySets.ZhifuPilot.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), Date);

    private static SurveyHousehold Weighted(decimal wages, decimal weight, RegionCode? region = null, decimal assets = 0m) =>
        SurveyHousehold.Create(
            HouseholdClaims.Of(Of(new HouseholdAssets { FinancialAssets = Money.FromYuan(assets) }, Person(Relation.Applicant, Adult, Wages(wages)))),
            weight,
            region).Value;

    /// <summary>
    /// A: ¥500 a month, dibao 450 → 500; B: ¥833.33, dibao 116.67 → 166.67; C: ¥7,500, none; D: ¥1,000, margin both times;
    /// E: no income but ¥1,000,000 in the bank, so no dibao (HH-05) and poor whatever the policy.
    /// </summary>
    private static SurveyHousehold[] Caseload =>
    [
        Weighted(6_000m, 2.5m, Zhifu),
        Weighted(10_000m, 1m, Zhifu),
        Weighted(90_000m, 10m),
        Weighted(12_000m, 1m),
        Weighted(0m, 0.5m, assets: 1_000_000m),
    ];

    [Fact]
    public void Poverty_AgainstTheBaselineLine_BeforeAndAfterAssistance()
    {
        var poverty = ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value.Poverty!;
        Assert.Equal(Money.FromYuan(950m), poverty.LineMonthly);

        // Before assistance A (2.5 × 450), B (116.67: 1,400 ÷ 12 rounded) and E (0.5 × 950) are below the line.
        Assert.Equal(new PovertyMeasure { Households = 4m, Persons = 4m, GapMonthly = 1_716.67m }, poverty.BeforeAssistance);

        // Dibao lifts A and B to the line (B to 833.33… + 116.67, a fen above it); E stays, under either policy.
        Assert.Equal(new PovertyMeasure { Households = 0.5m, Persons = 0.5m, GapMonthly = 475m }, poverty.UnderBaseline);
        Assert.Equal(poverty.UnderBaseline, poverty.UnderReform);
        Assert.Equal(1m - (475m / 1_716.67m), poverty.GapClosedUnderBaseline);
    }

    [Fact]
    public void Poverty_AHouseholdToppedUpToTheLine_IsNotBelowIt_ThoughItsWindowFallsAFenShort()
    {
        // ¥9,999.95 a year: 833.33 a month to the fen, dibao 116.67 a month; over the year 9,999.95 + 12 × 116.67 =
        // 11,399.99 against a line of 12 × 950 = 11,400: one fen short over the year, nothing a month once rounded.
        var household = Weighted(9_999.95m, 1m);
        var report = ReformComparison.Compare([household], PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value;
        Assert.Equal(Money.FromYuan(116.67m), report[Programme.Dibao].AmountBefore);
        Assert.Equal(new PovertyMeasure { Households = 1m, Persons = 1m, GapMonthly = 116.67m }, report.Poverty!.BeforeAssistance);
        Assert.Equal(PovertyMeasure.None, report.Poverty.UnderBaseline);
        Assert.Equal(1m, report.Poverty.GapClosedUnderBaseline);
    }

    [Fact]
    public void Weights_CountEveryFigure_AndTakeUpScalesTheEstimates()
    {
        var options = ReformComparisonOptions.Default.WithTakeUp(Programme.Dibao, Rate.Percent(80));
        var report = ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, options).Value;
        var dibao = report[Programme.Dibao];
        Assert.Equal((2L, 2L), (dibao.EligibleBefore, dibao.EligibleAfter));
        Assert.Equal((3.5m, 3.5m), (dibao.WeightedEligibleBefore, dibao.WeightedEligibleAfter));
        Assert.Equal(1_241.67m, dibao.WeightedAmountBefore);    // 2.5 × 450 + 116.67
        Assert.Equal(1_416.67m, dibao.WeightedAmountAfter);     // 2.5 × 500 + 166.67
        Assert.Equal(Rate.Percent(80), dibao.TakeUp);
        Assert.Equal(2.8m, dibao.EstimatedRecipientsAfter);
        Assert.Equal(1_133.336m, dibao.EstimatedAmountAfter);
        Assert.Equal(Rate.Percent(100), report[Programme.MedicalAssistance].TakeUp);

        // A and B each gain ¥50 a month, ¥600 a year; the others are unchanged.
        Assert.Equal(new GroupChange { SampleHouseholds = 5, Households = 15m, Persons = 15m, Winners = 3.5m, Losers = 0m, TotalChange = 2_100m, IncomeBefore = 2.5m * 6_000m + 10_000m + (10m * 90_000m) + 12_000m }, report.Population);
        Assert.Equal(2_100m / 15m, report.Population.AverageChange);
        Assert.Equal((2L, 0L), (report.Winners, report.Losers));
        Assert.All(report.Funds, fund => Assert.Equal(2026, fund.Year));
    }

    [Fact]
    public void Deciles_RankByIncomePerMember_EachGroupInTheDecileHoldingItsMiddle()
    {
        var report = ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value;
        Assert.Equal([0L, 500L, 833L, 1_000L, 7_500L], report.IncomeGroups.Select(group => group.PerCapitaMonthlyIncome.Yuan).Select(decimal.ToInt64));
        var deciles = report.Deciles;
        Assert.Equal(Enumerable.Range(1, 10), deciles.Select(decile => decile.Decile));

        // Weights 0.5, 2.5, 1, 1, 10 of 15: the middles fall at 0.25, 1.75, 3.5, 4.5 and 10 of 15, in deciles 1, 2, 3, 4 and 7.
        Assert.Equal([0.5m, 2.5m, 1m, 1m, 0m, 0m, 10m, 0m, 0m, 0m], deciles.Select(decile => decile.Change.Households));
        Assert.Equal(600m, deciles[1].Change.AverageChange);
        Assert.Equal(1m, deciles[1].Change.WinnerShare);
        Assert.Equal(Money.FromYuan(833m), deciles[2].LowestIncome);
        Assert.Null(deciles[4].LowestIncome);
        Assert.Null(deciles[4].Change.AverageChange);
        Assert.Equal(0m, deciles[6].Change.AverageChange);
    }

    /// <summary>The deciles are kept once cut; a copy with other income groups cuts its own rather than keeping the first.</summary>
    [Fact]
    public void Deciles_FollowTheIncomeGroups_OfEachCopy()
    {
        var report = ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value;
        var first = report.Deciles;
        Assert.Equal(first, report.Deciles);

        // Only the highest group (7,500 yuan, weight 10) left: its middle, 5 of 10, falls in decile 6, which holds it whole.
        var richest = report with { IncomeGroups = [report.IncomeGroups[^1]] };
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 10m, 0m, 0m, 0m, 0m], richest.Deciles.Select(decile => decile.Change.Households));
        Assert.Equal([0.5m, 2.5m, 1m, 1m, 0m, 0m, 10m, 0m, 0m, 0m], report.Deciles.Select(decile => decile.Change.Households));
        Assert.Empty((report with { IncomeGroups = [] }).Deciles);
    }

    [Fact]
    public void Regions_HoldTheHouseholdsThatGiveOne()
    {
        var report = ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value;
        var region = Assert.Single(report.Regions);
        Assert.Equal(Zhifu, region.Region);
        Assert.Equal((2L, 3.5m, 2_100m, 1m), (region.Change.SampleHouseholds, region.Change.Households, region.Change.TotalChange, region.Change.WinnerShare));
    }

    [Fact]
    public void Streamed_WithoutWeights_EqualsWeightOne()
    {
        var claims = Caseload.Select(household => household.Claims).ToArray();
        var plain = ReformComparison.Compare(claims, PolicySets.ZhifuPilot, Raised, Date).Value;
        var ones = ReformComparison.Compare(claims.Select(SurveyHousehold.Of), PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value;
        Assert.Equal(ones, plain);
        Assert.Equal(5m, plain.Population.Households);
        Assert.All(plain.Programmes, p => Assert.Equal(p.EligibleAfter, p.WeightedEligibleAfter));
        Assert.All(plain.Programmes, p => Assert.Equal(p.AmountAfter.Yuan, p.WeightedAmountAfter));
        Assert.All(plain.Funds, f => Assert.Equal(f.OverBudget, f.EstimatedOverBudget));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000.0001)]
    [InlineData(0.00001)]
    public void Weight_OutOfRange_IsInvalid_WithoutEchoingIt(decimal weight)
    {
        var result = SurveyHousehold.Create(HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult))), weight);
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(("weight", ErrorCodes.OutOfRange), (error.Identifier, error.ErrorCode));
        if (weight is not (0 or -1))
        {
            // 0 and 1 are part of the rule's own wording; other refused values are never repeated.
            Assert.DoesNotContain(weight.ToString(System.Globalization.CultureInfo.InvariantCulture), error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TakeUp_AboveFullOrOfNoProgramme_IsInvalid()
    {
        var options = ReformComparisonOptions.Default.WithTakeUp(Programme.Dibao, Rate.Percent(101)).WithTakeUp((Programme)99, Rate.Percent(50));
        var result = ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, options);
        Assert.Equal(["takeUp.dibao", "takeUp"], result.ValidationErrors.Select(error => error.Identifier));
        Assert.All(result.ValidationErrors, error => Assert.Equal(ErrorCodes.OutOfRange, error.ErrorCode));
    }

    [Fact]
    public void IncomeBands_AreOneYuanBelowTheLimit_AndThreeFiguresAbove()
    {
        Assert.Equal([0L, 99_999L, 100_000L, 123_000L, 1_230_000L, -1L, -124_000L], new long[] { 0, 99_999, 100_999, 123_456, 1_234_567, -1, -123_456 }.Select(IncomeGroup.Band));
        Assert.Equal(IncomeGroup.OuterLimitYuan, IncomeGroup.Band(long.MaxValue));
        Assert.Equal(-IncomeGroup.OuterLimitYuan, IncomeGroup.Band(long.MinValue));
        Assert.Equal(IncomeGroup.Band(IncomeGroup.OuterLimitYuan), IncomeGroup.Band(IncomeGroup.OuterLimitYuan + 1));
    }

    [Fact]
    public void Combine_PartsComparedOtherwise_IsInvalid()
    {
        var a = ReformComparison.Compare(Caseload[..2], PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default).Value;
        var b = ReformComparison.Compare(Caseload[2..], PolicySets.ZhifuPilot, Raised, Date.PlusDays(1), ReformComparisonOptions.Default).Value;
        var c = ReformComparison.Compare(Caseload[2..], PolicySets.ZhifuPilot, Raised, Date, ReformComparisonOptions.Default.WithTakeUp(Programme.Dibao, Rate.Percent(50))).Value;
        var result = ReformComparison.Combine([a, b, c]);
        Assert.Equal(["parts[1].date", "parts[2].options"], result.ValidationErrors.Select(error => error.Identifier));
        Assert.All(result.ValidationErrors, error => Assert.Equal(ErrorCodes.ComparisonPartsDiffer, error.ErrorCode));
        Assert.Equal(ErrorCodes.Required, Assert.Single(ReformComparison.Combine([]).ValidationErrors).ErrorCode);
    }

    /// <summary>Partial comparisons of any split of a caseload combine into exactly the comparison of the whole.</summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest), typeof(PopulationMeasuresTest)])]
    public bool Combine_OfAnySplit_EqualsTheWhole(SurveyHousehold[] population, PolicySet reform, LocalDate date, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var cuts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(0, population.Length + 1)).Append(0).Append(population.Length).Distinct().Order().ToArray();
        var parts = cuts.Length == 1 ? [population] : cuts.Zip(cuts.Skip(1), (from, to) => population[from..to]).ToList();
        var whole = ReformComparison.Compare(population, PolicySets.ZhifuPilot, reform, date, ReformComparisonOptions.Default.WithTakeUp(Programme.MedicalAssistance, Rate.Percent(70)));
        var combined = ReformComparison.Combine(parts.Select(part => ReformComparison.Compare(part, PolicySets.ZhifuPilot, reform, date, ReformComparisonOptions.Default.WithTakeUp(Programme.MedicalAssistance, Rate.Percent(70))).Value));
        return whole.IsSuccess == combined.IsSuccess && (!whole.IsSuccess || (whole.Value == combined.Value && whole.Value.Deciles.SequenceEqual(combined.Value.Deciles)));
    }

    /// <summary>A household of whole weight k counts as k copies of itself, in every weighted figure (an independent oracle for the weights).</summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest), typeof(PopulationMeasuresTest)])]
    public bool WholeWeight_CountsAsThatManyCopies(SurveyHousehold[] population, PolicySet reform, LocalDate date)
    {
        var copies = population.SelectMany(household => Enumerable.Repeat(SurveyHousehold.Create(household.Claims, 1m, household.Region).Value, (int)decimal.Ceiling(household.Weight))).ToArray();
        var whole = population.Select(household => SurveyHousehold.Create(household.Claims, decimal.Ceiling(household.Weight), household.Region).Value).ToArray();
        var weighted = ReformComparison.Compare(whole, PolicySets.ZhifuPilot, reform, date, ReformComparisonOptions.Default);
        var copied = ReformComparison.Compare(copies, PolicySets.ZhifuPilot, reform, date, ReformComparisonOptions.Default);
        if (!weighted.IsSuccess)
        {
            return !copied.IsSuccess;
        }

        var (w, c) = (weighted.Value, copied.Value);
        return w.Population with { SampleHouseholds = 0 } == c.Population with { SampleHouseholds = 0 }
            && w.Poverty == c.Poverty
            && w.Programmes.Zip(c.Programmes).All(pair => pair.First.WeightedEligibleAfter == pair.Second.EligibleAfter
                && pair.First.WeightedNewlyEligible == pair.Second.NewlyEligible
                && pair.First.WeightedAmountBefore == pair.Second.AmountBefore.Yuan)
            && w.Deciles.Select(d => d.Change.Households).SequenceEqual(c.Deciles.Select(d => d.Change.Households))
            && w.Deciles.Select(d => d.Change.TotalChange).SequenceEqual(c.Deciles.Select(d => d.Change.TotalChange));
    }

    /// <summary>Caseloads of households weighted 0.0001 to 4 (a third of them 1), a third of them in one of three divisions.</summary>
    public static Arbitrary<SurveyHousehold> Population() => Arb.From(
        from claims in HouseholdAssessmentTest.Caseload().Generator
        from weight in Gen.OneOf(Gen.Constant(1m), Gen.Choose(1, 40_000).Select(w => w / 10_000m))
        from region in Gen.Elements<RegionCode?>(null, RegionCode.Parse("370602").Value, RegionCode.Parse("370613").Value, RegionCode.Parse("610102").Value)
        select SurveyHousehold.Create(claims, weight, region).Value);
}
