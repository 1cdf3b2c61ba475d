using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Benchmarks;

/// <summary>
/// DomainKit against the engines a .NET team would pick instead, in one run, on one seeded population and one rule
/// set (dibao, margin, medical assistance, temporary assistance) with dated thresholds. Results read per household.
/// The set-up proves that every engine gives DomainKit's decisions on the whole population before anything is timed.
/// </summary>
[MemoryDiagnoser]
public class EngineComparisonBenchmarks
{
    public const int Households = 10_000;

    private EnginePopulation population = null!;
    private AssistanceTerms terms = null!;
    private EngineThresholds thresholds = null!;
    private HandWrittenIntegers integers = null!;
    private RulesEngineRunner rulesEngine = null!;
    private RulesEngineRunner rulesEngineLean = null!;
    private RulesEngineRunner rulesEngineFactored = null!;
    private NRulesRunner nrules = null!;
    private NRulesRunner nrulesChained = null!;
    private EngineDecision[] decisions = [];
    private HouseholdAssessmentResult[] results = [];
    private HouseholdEntitlements[] entitlements = [];

    [GlobalSetup]
    public void Setup()
    {
        population = EnginePopulation.Create(Households);
        terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        thresholds = EngineRules.For(EngineRules.Date);
        integers = new HandWrittenIntegers(thresholds);
        rulesEngine = new RulesEngineRunner(lean: false);
        rulesEngineLean = new RulesEngineRunner(lean: true);
        rulesEngineFactored = new RulesEngineRunner(lean: false, factored: true);
        nrules = new NRulesRunner();
        nrulesChained = new NRulesRunner(chained: true);
        decisions = new EngineDecision[Households];
        results = new HouseholdAssessmentResult[Households];
        entitlements = new HouseholdEntitlements[Households];
        EngineAgreement.Check(population, terms, thresholds, rulesEngine, rulesEngineLean, rulesEngineFactored, nrules, nrulesChained);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households, Description = "Hand-written C#, integers")]
    public EngineDecision[] HandWrittenIntegers()
    {
        var cases = population.Cases;
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = integers.Decide(cases[i]);
        }

        return decisions;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "Hand-written C#, decimal")]
    public EngineDecision[] HandWrittenCSharp()
    {
        var cases = population.Cases;
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = HandWritten.Decide(cases[i], thresholds);
        }

        return decisions;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "DomainKit fast path")]
    public HouseholdAssessmentResult[] DomainKitFastPath()
    {
        var claims = population.Claims;
        for (var i = 0; i < claims.Length; i++)
        {
            results[i] = HouseholdAssessment.Assess(claims[i], terms);
        }

        return results;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "DomainKit batch, one thread")]
    public HouseholdAssessmentResult[] DomainKitBatch()
    {
        HouseholdAssessment.AssessAll(population.Claims, terms, results);
        return results;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "DomainKit batch, all cores")]
    public HouseholdAssessmentResult[] DomainKitBatchAllCores()
    {
        ParallelBatch.AssessAll(population.Claims, terms, results);
        return results;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "DomainKit explained path, trees on first read")]
    public HouseholdEntitlements[] DomainKitExplainedPath()
    {
        var claims = population.Claims;
        for (var i = 0; i < claims.Length; i++)
        {
            entitlements[i] = HouseholdAssessment.Decide(claims[i], terms);
        }

        return entitlements;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "DomainKit explained path, every tree built")]
    public long DomainKitExplainedPathEveryTree()
    {
        long steps = 0;
        foreach (var claims in population.Claims)
        {
            steps += ExplanationTrees.CountSteps(HouseholdAssessment.Decide(claims, terms));
        }

        return steps;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "RulesEngine, default settings")]
    public EngineDecision[] RulesEngineDefault() => Each(rulesEngine);

    [Benchmark(OperationsPerInvoke = Households, Description = "RulesEngine, lean settings")]
    public EngineDecision[] RulesEngineLean() => Each(rulesEngineLean);

    [Benchmark(OperationsPerInvoke = Households, Description = "RulesEngine, shared conditions factored")]
    public EngineDecision[] RulesEngineFactored() => Each(rulesEngineFactored);

    [Benchmark(OperationsPerInvoke = Households, Description = "NRules, session per household")]
    public EngineDecision[] NRulesSessionPerHousehold() => EachSession(nrules);

    [Benchmark(OperationsPerInvoke = Households, Description = "NRules, batched InsertAll")]
    public EngineDecision[] NRulesBatched()
    {
        nrules.DecideAll(population.Cases, thresholds, decisions);
        return decisions;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "NRules chained, session per household")]
    public EngineDecision[] NRulesChainedSessionPerHousehold() => EachSession(nrulesChained);

    [Benchmark(OperationsPerInvoke = Households, Description = "NRules chained, batched InsertAll")]
    public EngineDecision[] NRulesChainedBatched()
    {
        nrulesChained.DecideAll(population.Cases, thresholds, decisions);
        return decisions;
    }

    private EngineDecision[] EachSession(NRulesRunner engine)
    {
        var cases = population.Cases;
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = engine.Decide(cases[i], thresholds);
        }

        return decisions;
    }

    private EngineDecision[] Each(RulesEngineRunner engine)
    {
        var cases = population.Cases;
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = engine.Decide(cases[i], thresholds);
        }

        return decisions;
    }
}
