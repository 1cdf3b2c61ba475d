using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Benchmarks;

/// <summary>
/// Start-up: loading the rules and thresholds plus the first decision, each measured once in a fresh process (cold
/// start: nothing is loaded, compiled or jitted beforehand), over several processes.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class EngineStartupBenchmarks
{
    private EngineCase firstCase = null!;
    private HouseholdClaims firstClaims = null!;

    [GlobalSetup]
    public void Setup()
    {
        var population = EnginePopulation.Create(1);
        firstCase = population.Cases[0];
        firstClaims = population.Claims[0];
    }

    [Benchmark(Baseline = true, Description = "Hand-written C#")]
    public EngineDecision HandWrittenCSharp() => HandWritten.Decide(firstCase, EngineRules.For(EngineRules.Date));

    [Benchmark(Description = "DomainKit: load the policy, resolve, decide")]
    public HouseholdAssessmentResult DomainKit()
    {
        var terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        return HouseholdAssessment.Assess(firstClaims, terms);
    }

    [Benchmark(Description = "DomainKit: load, resolve, decide, render the explanations")]
    public int DomainKitExplained()
    {
        var terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        return ExplanationTrees.RenderAll(HouseholdAssessment.Decide(firstClaims, terms), Explanations.Language.English);
    }

    [Benchmark(Description = "RulesEngine, default settings")]
    public EngineDecision RulesEngineDefault() => new RulesEngineRunner(lean: false).Decide(firstCase, EngineRules.For(EngineRules.Date));

    [Benchmark(Description = "RulesEngine, lean settings")]
    public EngineDecision RulesEngineLean() => new RulesEngineRunner(lean: true).Decide(firstCase, EngineRules.For(EngineRules.Date));

    [Benchmark(Description = "NRules: compile, session, decide")]
    public EngineDecision NRules() => new NRulesRunner().Decide(firstCase, EngineRules.For(EngineRules.Date));
}
