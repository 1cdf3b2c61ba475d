using DomainKit.Assistance;
using DomainKit.Benchmarks;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Tests.Benchmarks;

/// <summary>
/// The benchmarks in smoke mode: their set-up (which checks that every engine agrees with DomainKit) and a few
/// invocations of every row, so the comparison cannot silently break. No timing is taken here.
/// </summary>
public class BenchmarkSmokeTest
{
    [Fact]
    public void EveryComparisonRow_RunsAndGivesTheSameDecisions()
    {
        var benchmarks = new EngineComparisonBenchmarks();
        benchmarks.Setup();
        var expected = benchmarks.HandWrittenIntegers().ToArray();
        for (var run = 0; run < 2; run++)
        {
            Assert.Equal(expected, benchmarks.HandWrittenCSharp());
            Assert.Equal(expected, benchmarks.DomainKitFastPath().Select(r => EnginePopulation.FromDomainKit(r)));
            Assert.Equal(expected, benchmarks.DomainKitBatch().Select(r => EnginePopulation.FromDomainKit(r)));
            Assert.Equal(expected, benchmarks.DomainKitBatchAllCores().Select(r => EnginePopulation.FromDomainKit(r)));
            Assert.Equal(expected, benchmarks.DomainKitExplainedPath().Select(e => EnginePopulation.FromDomainKit(e.Assessment)));
            Assert.True(benchmarks.DomainKitExplainedPathEveryTree() >= 6L * EngineComparisonBenchmarks.Households, "every household explains at least two steps in each of three programmes");
            Assert.Equal(expected, benchmarks.RulesEngineDefault());
            Assert.Equal(expected, benchmarks.RulesEngineLean());
            Assert.Equal(expected, benchmarks.NRulesSessionPerHousehold());
            Assert.Equal(expected, benchmarks.NRulesBatched());
        }
    }

    [Fact]
    public void EveryStartupRow_GivesTheFirstHouseholdsDecision()
    {
        var startup = new EngineStartupBenchmarks();
        startup.Setup();
        var expected = startup.HandWrittenCSharp();
        Assert.Equal(expected, EnginePopulation.FromDomainKit(startup.DomainKit()));
        Assert.True(startup.DomainKitExplained() > 0, "the explanations render as text");
        Assert.Equal(expected, startup.RulesEngineDefault());
        Assert.Equal(expected, startup.RulesEngineLean());
        Assert.Equal(expected, startup.NRules());
    }

    [Fact]
    public void TheBaselineAtScale_AndTheBreakdown_CheckAgreementAndRun()
    {
        var scale = new BaselineAtScaleBenchmarks { Households = 1_000 };
        scale.Setup();
        var expected = scale.HandWrittenIntegers().ToArray();
        Assert.Equal(expected, scale.DomainKitFastPath().Select(r => EnginePopulation.FromDomainKit(r)));
        Assert.Equal(expected, scale.DomainKitBatchAllCores().Select(r => EnginePopulation.FromDomainKit(r)));

        var breakdown = new FastPathBreakdownBenchmarks();
        breakdown.Setup();
        Assert.Equal(breakdown.HandWrittenIntegers(), breakdown.HandWrittenCSharp());
        Assert.Equal(breakdown.HandWrittenIntegers(), breakdown.Dibao());
    }

    [Fact]
    public void TheScalingBatch_FillsEveryResult()
    {
        var scaling = new DomainKitScalingBenchmarks();
        scaling.Setup1e3();
        var results = scaling.Batch1e3();
        Assert.Equal(1_000, results.Length);
        Assert.Contains(results, r => r.Dibao.IsEligible);
        var terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        Assert.Equal(EnginePopulation.Create(1_000).Claims.Select(c => HouseholdAssessment.Assess(c, terms)), results);
    }
}
