using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Benchmarks;

/// <summary>
/// The DomainKit batch at 10^3 to 10^7 households, per household: the time per household should stay flat and
/// nothing should be allocated beyond the input and the results. Up to a million households are distinct; the ten
/// million repeat that million in turn, which keeps the input within memory (the repeats are 80 MB of references).
/// </summary>
[MemoryDiagnoser]
public class DomainKitScalingBenchmarks
{
    private const int Distinct = 1_000_000;

    private HouseholdClaims[] input = [];
    private HouseholdAssessmentResult[] results = [];
    private AssistanceTerms terms = null!;

    [GlobalSetup(Target = nameof(Batch1e3))]
    public void Setup1e3() => Prepare(1_000);

    [GlobalSetup(Target = nameof(Batch1e4))]
    public void Setup1e4() => Prepare(10_000);

    [GlobalSetup(Target = nameof(Batch1e5))]
    public void Setup1e5() => Prepare(100_000);

    [GlobalSetup(Target = nameof(Batch1e6))]
    public void Setup1e6() => Prepare(1_000_000);

    [GlobalSetup(Target = nameof(Batch1e7))]
    public void Setup1e7() => Prepare(10_000_000);

    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000, Description = "10^3")]
    public HouseholdAssessmentResult[] Batch1e3() => Run();

    [Benchmark(OperationsPerInvoke = 10_000, Description = "10^4")]
    public HouseholdAssessmentResult[] Batch1e4() => Run();

    [Benchmark(OperationsPerInvoke = 100_000, Description = "10^5")]
    public HouseholdAssessmentResult[] Batch1e5() => Run();

    [Benchmark(OperationsPerInvoke = 1_000_000, Description = "10^6")]
    public HouseholdAssessmentResult[] Batch1e6() => Run();

    [Benchmark(OperationsPerInvoke = 10_000_000, Description = "10^7")]
    public HouseholdAssessmentResult[] Batch1e7() => Run();

    private HouseholdAssessmentResult[] Run()
    {
        HouseholdAssessment.AssessAll(input, terms, results);
        return results;
    }

    private void Prepare(int households)
    {
        terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        var distinct = EnginePopulation.Create(Math.Min(households, Distinct)).Claims;
        input = new HouseholdClaims[households];
        for (var i = 0; i < households; i++)
        {
            input[i] = distinct[i % distinct.Length];
        }

        results = new HouseholdAssessmentResult[households];
    }
}
