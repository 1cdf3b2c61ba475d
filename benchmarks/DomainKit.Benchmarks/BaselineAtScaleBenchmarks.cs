using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Benchmarks;

/// <summary>
/// The DomainKit fast path against the integer hand-written baseline at 10^3 households (in cache) and 10^6 (in
/// memory), per household, on the comparison's rule set. The set-up checks that both agree on every household.
/// </summary>
[MemoryDiagnoser]
public class BaselineAtScaleBenchmarks
{
    private EnginePopulation population = null!;
    private AssistanceTerms terms = null!;
    private HandWrittenIntegers integers = null!;
    private EngineDecision[] decisions = [];
    private HouseholdAssessmentResult[] results = [];
    private Caseload caseload = null!;
    private Caseload[] parts = [];

    /// <summary>How many households: 10^3 stay in the caches, 10^6 do not.</summary>
    [Params(1_000, 1_000_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        population = EnginePopulation.Create(Households);
        terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        var thresholds = EngineRules.For(EngineRules.Date);
        integers = new HandWrittenIntegers(thresholds);
        decisions = new EngineDecision[Households];
        results = new HouseholdAssessmentResult[Households];
        EngineAgreement.CheckHandWritten(population, terms, thresholds);
        caseload = Caseload.Create(population.Claims);
        parts = ParallelBatch.Parts(caseload);
        EngineAgreement.CheckCaseload(population, caseload, terms);
    }

    [Benchmark(Baseline = true, Description = "Hand-written C#, integers")]
    public EngineDecision[] HandWrittenIntegers()
    {
        var cases = population.Cases;
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = integers.Decide(cases[i]);
        }

        return decisions;
    }

    [Benchmark(Description = "DomainKit fast path")]
    public HouseholdAssessmentResult[] DomainKitFastPath()
    {
        var claims = population.Claims;
        for (var i = 0; i < claims.Length; i++)
        {
            results[i] = HouseholdAssessment.Assess(claims[i], terms);
        }

        return results;
    }

    [Benchmark(Description = "DomainKit laid-out caseload")]
    public HouseholdAssessmentResult[] DomainKitCaseload()
    {
        HouseholdAssessment.AssessAll(caseload, terms, results);
        return results;
    }

    [Benchmark(Description = "DomainKit laid-out caseload, all cores")]
    public HouseholdAssessmentResult[] DomainKitCaseloadAllCores()
    {
        ParallelBatch.AssessAll(parts, terms, results);
        return results;
    }

    [Benchmark(Description = "DomainKit batch, all cores")]
    public HouseholdAssessmentResult[] DomainKitBatchAllCores()
    {
        ParallelBatch.AssessAll(population.Claims, terms, results);
        return results;
    }
}
