using DomainKit.Assistance;
using DomainKit.Benchmarks;
using DomainKit.Cli;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// A laid-out caseload is decided by the same rules as the households it was built from: every household's outcome
/// equals the fast path's on the household object, whole or sliced, and nothing is allocated while it is assessed.
/// </summary>
public class CaseloadTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    [Property(MaxTest = 300, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool EveryHousehold_EqualsTheFastPathOnItsObject_WholeAndSliced(HouseholdClaims[] claims, PolicySet policy, LocalDate date, NonNegativeInt cut) =>
        // A generated policy, and the one that decides every programme (temporary and education assistance included).
        SameOutcomes(claims, AssistanceTerms.Resolve(policy, date).Value, cut.Get)
        && SameOutcomes(claims, AssistanceTerms.Resolve(HouseholdAssessmentTest.Complete, date).Value, cut.Get);

    private static bool SameOutcomes(HouseholdClaims[] claims, AssistanceTerms terms, int cut)
    {
        var caseload = Caseload.Create(claims);
        var whole = new HouseholdAssessmentResult[claims.Length];
        HouseholdAssessment.AssessAll(caseload, terms, whole);

        // Two slices that share the arrays give the same outcomes in the same places.
        var at = cut % (claims.Length + 1);
        var sliced = new HouseholdAssessmentResult[claims.Length];
        HouseholdAssessment.AssessAll(caseload.Slice(0, at), terms, sliced.AsSpan(0, at));
        HouseholdAssessment.AssessAll(caseload.Slice(at, claims.Length - at), terms, sliced.AsSpan(at));
        return caseload.Count == claims.Length
            && Enumerable.Range(0, claims.Length).All(i => whole[i] == HouseholdAssessment.Assess(claims[i], terms) && sliced[i] == whole[i]);
    }

    /// <summary>
    /// A reform compared on a laid-out caseload gives the report of the same households streamed, with the same changes
    /// in the same order and the same progress; the blocks it assesses at a time do not show.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest)])]
    public bool ReformComparison_OnALaidOutCaseload_EqualsTheStreamedComparison(HouseholdClaims[] claims, PositiveInt copies)
    {
        // Copies of the generated households make caseloads longer than one block (4,096) now and then.
        var households = Enumerable.Repeat(claims, copies.Get % 3 == 0 ? 4_200 / Math.Max(1, claims.Length) + 1 : 1).SelectMany(c => c).ToArray();
        var reform = HouseholdAssessmentTest.Complete.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_100m), new LocalDate(2026, 1, 1));
        var (streamed, streamedChanges, streamedProgress) = Compared(changes => ReformComparison.Compare(households, HouseholdAssessmentTest.Complete, reform, Date, changes.Add, new Collect(changes)));
        var (laidOut, laidOutChanges, laidOutProgress) = Compared(changes => ReformComparison.Compare(Caseload.Create(households), HouseholdAssessmentTest.Complete, reform, Date, changes.Add, new Collect(changes)));
        return streamed == laidOut
            && streamed.Programmes.Length == Enum.GetValues<Programme>().Length
            && streamedChanges.Select(c => (c.Index, c.Before, c.After)).SequenceEqual(laidOutChanges.Select(c => (c.Index, c.Before, c.After)))
            && streamedProgress.SequenceEqual(laidOutProgress)
            && laidOut.Households == households.Length;
    }

    [Fact]
    [Trait("rule", "MA-03")]
    [Trait("rule", "MA-05")]
    [Trait("rule", "DB-08")]
    public void BillsInYearOrder_AndAGradualExit_AreDecidedAsOnTheirObjects()
    {
        // National baseline 2026, impoverished by illness: deductible 25% × 41,314 = 10,328.50, 50%, cap 20,000. The first
        // 30,000 bill pays 50% × 19,671.50 = 9,835.75, the second the 10,164.25 left of the cap: 20,000 in all.
        var patient = Of(Person(Relation.Applicant, Adult, Wages(200_000m)));
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(30_000m), ImpoverishedByIllness = true };
        var twoBills = HouseholdClaims.Create(patient, [bill, bill]).Value;

        // DB-08: work lifted the income above the line on 2025-10-01, so the last benefit of 700 is kept for six months.
        var history = new DibaoHistory { RecipientSince = new LocalDate(2024, 1, 1), LastMonthlyBenefit = Money.FromYuan(700m), WorkIncomeRoseOn = new LocalDate(2025, 10, 1) };
        var exiting = HouseholdClaims.Of(Household.Create([Person(Relation.Applicant, Adult, Wages(30_000m))], null, history).Value);

        // One bill of each of two patients: each pays its own deductible, 9,835.75 twice.
        var couple = Of(Person(Relation.Applicant, Adult, Wages(200_000m)), Person(Relation.Spouse, Adult));
        var apart = HouseholdClaims.Create(couple, [bill, bill with { MemberIndex = 1 }]).Value;

        var caseload = Caseload.Create([twoBills, exiting, apart]);
        var results = new HouseholdAssessmentResult[3];
        HouseholdAssessment.AssessAll(caseload, AssistanceTerms.Resolve(PolicySets.NationalBaseline, Date).Value, results);
        Assert.Equal(Money.FromYuan(20_000m), results[0].MedicalAssistance);
        Assert.Equal(DibaoOutcome.GradualExit, results[1].Dibao.Outcome);
        Assert.Equal(Money.FromYuan(700m), results[1].Dibao.MonthlyBenefit);
        Assert.Equal(Money.FromYuan(19_671.50m), results[2].MedicalAssistance);
    }

    [Fact]
    public void EveryHouseholdOfTheSyntheticCaseload_IsAssessedWithoutAllocating()
    {
        var caseload = Caseload.Create(SyntheticPopulation.StreamClaims(5_000, everyProgramme: true));
        var terms = AssistanceTerms.Resolve(LocalPolicy.Complete(PolicySets.ZhifuPilot), Date).Value;
        var results = new HouseholdAssessmentResult[caseload.Count];
        HouseholdAssessment.AssessAll(caseload, terms, results);
        var before = GC.GetAllocatedBytesForCurrentThread();
        HouseholdAssessment.AssessAll(caseload, terms, results);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Contains(results, r => r.MedicalAssistance > Money.Zero);
    }

    [Fact]
    public void TheHouseholdObjects_AreNotKept()
    {
        var (caseload, household) = LaidOut();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(household.IsAlive);
        Assert.Equal(1, caseload.Count);
    }

    [Fact]
    public void MisuseIsRefused_AndAnEmptyCaseloadIsFine()
    {
        var terms = AssistanceTerms.Resolve(PolicySets.NationalBaseline, Date).Value;
        var one = Caseload.Create([HouseholdClaims.Of(Of(Person(Relation.Applicant, Adult)))]);
        Assert.Throws<ArgumentNullException>(() => Caseload.Create(new HouseholdClaims[] { null! }));
        Assert.Throws<ArgumentNullException>(() => Caseload.Create((IEnumerable<HouseholdClaims>)null!));
        Assert.Throws<ArgumentNullException>(() => HouseholdAssessment.AssessAll((Caseload)null!, terms, []));
        Assert.Throws<ArgumentNullException>(() => HouseholdAssessment.AssessAll(one, null!, new HouseholdAssessmentResult[1]));
        Assert.Throws<ArgumentException>(() => HouseholdAssessment.AssessAll(one, terms, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => one.Slice(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => one.Slice(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => one.Slice(2, 0));
        Assert.Equal(0, one.Slice(1, 0).Count);
        var empty = Caseload.Create(Array.Empty<HouseholdClaims>());
        HouseholdAssessment.AssessAll(empty, terms, []);
        Assert.Equal(0, empty.Count);
    }

    private static (ReformReport Report, List<HouseholdChange> Changes, List<long> Progress) Compared(Func<Recorder, Ardalis.Result.Result<ReformReport>> compare)
    {
        var recorder = new Recorder();
        return (compare(recorder).Value, recorder.Changes, recorder.Progress);
    }

    /// <summary>Keeps what a comparison reports, in order.</summary>
    private sealed class Recorder
    {
        public List<HouseholdChange> Changes { get; } = [];

        public List<long> Progress { get; } = [];

        public void Add(HouseholdChange change) => Changes.Add(change);
    }

    /// <summary>Progress that is recorded at once, on the caller's thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Collect(Recorder recorder) : IProgress<long>
    {
        public void Report(long value) => recorder.Progress.Add(value);
    }

    // Not inlined, so no reference to the household outlives the call in a register or a local of the test.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Caseload Caseload, WeakReference Household) LaidOut()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(3_000m)));
        var bill = new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(1_000m) };
        return (Caseload.Create([HouseholdClaims.Create(household, [bill]).Value]), new WeakReference(household));
    }
}
