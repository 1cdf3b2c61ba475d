using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The showcase: the Zhifu serious-illness reform (ZF-MA-02 to ZF-MA-04) compared in 2026 against the
/// same preset with the pre-reform values kept (60%, cap ¥10,000, extreme poverty and dibao only).
/// </summary>
public class ReformComparisonTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);
    private static readonly LocalDate ReformDate = new(2016, 1, 1);

    private static PolicySet WithoutReform => PolicySets.ZhifuPilot
        .With(MedicalParameters.SchemeSeriousIllness, MedicalAssistanceScheme.SingleStage(Deductible.None, Rate.Percent(60), Money.FromYuan(10_000m)), ReformDate)
        .With(MedicalParameters.SeriousIllnessGroups, EnumSets.Of(MedicalGroup.ExtremePoverty, MedicalGroup.Dibao), ReformDate);

    private static HouseholdClaims WithSeriousBill(Household household, decimal cost) =>
        HouseholdClaims.Create(household, [new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(cost), Inpatient = true, SeriousIllness = true }]).Value;

    [Fact]
    public void ZhifuMedicalReform_RaisesMedicalCost_AndCoversNewGroups()
    {
        HouseholdClaims[] caseload =
        [
            WithSeriousBill(Of(Person(Relation.Applicant, Adult, Wages(10_000m))), 50_000m),   // dibao: 10,000 → 30,000
            WithSeriousBill(Of(Person(Relation.Applicant, Adult, Wages(12_000m))), 5_000m),    // margin (11,400 ≤ 12,000 < 17,100): its own 60% scheme, 3,000 → 4,000
            WithSeriousBill(Of(Person(Relation.Applicant, Adult, Wages(90_000m))), 1_000m),    // other resident: 0 → 800
            HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult, Wages(6_000m)))),          // dibao, no bill: unchanged
        ];
        var report = ReformComparison.Compare(caseload, WithoutReform, PolicySets.ZhifuPilot, Date).Value;
        var medical = report[Programme.MedicalAssistance];
        Assert.Equal(4, report.Households);
        Assert.Equal(Money.FromYuan(13_000m), medical.AmountBefore);
        Assert.Equal(Money.FromYuan(34_800m), medical.AmountAfter);
        Assert.Equal(2, medical.EligibleBefore);
        Assert.Equal(1, medical.NewlyEligible);
        Assert.Equal(0, medical.NoLongerEligible);
        Assert.Equal(3, report.Winners);
        Assert.Equal(0, report.Losers);
        Assert.Equal(1, report.Unchanged);
        Assert.Equal(Money.FromYuan(21_800m), report.TotalGain);
        var fund = Assert.Single(report.Funds, f => f.Fund == Fund.MedicalAssistance);
        Assert.Equal(Money.FromYuan(3_000_000m), fund.Budget);
        Assert.Equal(Money.FromYuan(2_965_200m), fund.HeadroomAfter);
        Assert.False(fund.OverBudget);
        Assert.Equal(0, report[Programme.Dibao].Change.Fen);
        Assert.Equal("zhifu-pilot*", report.BaselinePolicyId);
    }

    [Fact]
    public void Compare_CostAboveTheBudget_IsOverBudget()
    {
        var caseload = Enumerable.Range(0, 101).Select(_ => WithSeriousBill(Of(Person(Relation.Applicant, Adult, Wages(10_000m))), 50_000m));
        var report = ReformComparison.Compare(caseload, WithoutReform, PolicySets.ZhifuPilot, Date).Value;
        var medical = Assert.Single(report.Funds, f => f.Fund == Fund.MedicalAssistance);
        Assert.Equal(Money.FromYuan(3_030_000m), medical.CostAfter);
        Assert.True(medical.OverBudget);
        Assert.Equal(Money.FromYuan(2_100_000m), Assert.Single(report.Funds, f => f.Fund == Fund.EducationAssistance).Budget);
    }

    [Fact]
    public void Compare_PolicyMissingAParameter_IsInvalid()
    {
        var empty = PolicySet.Create("empty", "Empty", "1", string.Empty, []).Value;
        var before = ReformComparison.Compare([], empty, PolicySets.ZhifuPilot, Date);
        Assert.False(before.IsSuccess);
        var both = ReformComparison.Compare([], empty, empty, Date);

        // Each side's missing parameters are reported, the reform's after the baseline's.
        Assert.Equal(2 * before.ValidationErrors.Count(), both.ValidationErrors.Count());
    }

    [Fact]
    public void ZhifuMedicalReform_TakenBack_MakesLosers()
    {
        HouseholdClaims[] caseload =
        [
            WithSeriousBill(Of(Person(Relation.Applicant, Adult, Wages(10_000m))), 50_000m),   // dibao: 30,000 → 10,000
            WithSeriousBill(Of(Person(Relation.Applicant, Adult, Wages(90_000m))), 1_000m),    // other resident: 800 → 0
            HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult, Wages(6_000m)))),          // no bill: unchanged
        ];
        var report = ReformComparison.Compare(caseload, PolicySets.ZhifuPilot, WithoutReform, Date).Value;
        Assert.Equal((0L, 2L, 1L), (report.Winners, report.Losers, report.Unchanged));
        Assert.Equal(Money.FromYuan(20_800m), report.TotalLoss);
        Assert.Equal(("zhifu-pilot", "zhifu-pilot*"), (report.BaselinePolicyId, report.ReformPolicyId));
        Assert.Equal(1, report[Programme.MedicalAssistance].NoLongerEligible);
    }

    [Fact]
    public void Report_HoldsEveryProgramme_AndNamesOneItDoesNotHold()
    {
        var report = ReformComparison.Compare([], WithoutReform, PolicySets.ZhifuPilot, Date).Value;
        Assert.All(Enum.GetValues<Programme>(), programme => Assert.Equal(programme, report[programme].Programme));
        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => report[(Programme)99]);
        Assert.Equal("programme", unknown.ParamName);
        Assert.StartsWith("The report holds no comparison of this programme.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ReportsProgressAndCanBeCancelled()
    {
        var caseload = Enumerable.Range(0, 25_000).Select(_ => HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult))));
        var reports = new List<long>();
        var report = ReformComparison.Compare(caseload, PolicySets.ZhifuPilot, PolicySets.ZhifuPilot, Date, progress: new SynchronousProgress(reports)).Value;
        Assert.Equal([10_000L, 20_000L, 25_000L], reports);
        Assert.Equal(25_000, report.Unchanged);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => ReformComparison.Compare(caseload, PolicySets.ZhifuPilot, PolicySets.ZhifuPilot, Date, cancellationToken: cancelled.Token));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5_000)]
    public void Compare_NullEntry_IsRefused_AfterTheHouseholdsBeforeItAreCounted(int before)
    {
        // Households are assessed a block at a time; a null entry still stops the pass only after every household
        // before it has been counted and told to the callback, in order, as in a pass one household at a time.
        var household = SurveyHousehold.Of(HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult))));
        var population = Enumerable.Repeat(household, before).Append(null!).Append(household);
        var changes = new List<HouseholdChange>();
        var refused = Assert.Throws<ArgumentNullException>(() => ReformComparison.Compare(population, PolicySets.ZhifuPilot, PolicySets.ZhifuPilot, Date, ReformComparisonOptions.Default, changes.Add));
        Assert.Equal("population", refused.ParamName);
        Assert.Equal(Enumerable.Range(0, before).Select(i => (long)i), changes.Select(change => change.Index));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool Totals_EqualTheSumOverHouseholds(HouseholdClaims[] caseload, PolicySet reform, LocalDate date)
    {
        var changes = new List<HouseholdChange>();
        var report = ReformComparison.Compare(caseload, PolicySets.ZhifuPilot, reform, date, changes.Add).Value;
        var net = changes.Aggregate(Money.Zero, (sum, c) => sum + c.AnnualChange);
        return changes.Count == caseload.Length
            && changes.Select(c => c.Index).SequenceEqual(Enumerable.Range(0, caseload.Length).Select(i => (long)i))
            && report.TotalGain - report.TotalLoss == net
            && report.Winners == changes.Count(c => c.AnnualChange > Money.Zero)
            && report.Programmes.All(p =>
                p.AmountAfter == changes.Aggregate(Money.Zero, (sum, c) => sum + c.After.Amount(p.Programme))
                && p.EligibleAfter - p.EligibleBefore == p.NewlyEligible - p.NoLongerEligible);
    }

    private sealed class SynchronousProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
