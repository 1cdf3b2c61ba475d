using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;

namespace DomainKit.Benchmarks;

/// <summary>
/// Where the DomainKit fast path spends its time on the comparison's population, per household: the means test and
/// dibao alone, margin (which adds extreme poverty), and the whole assessment (which adds medical and temporary
/// assistance), against the hand-written rule set. The set-up checks that the baselines and the parts agree with the whole
/// assessment on every household before anything is timed.
/// </summary>
[MemoryDiagnoser]
public class FastPathBreakdownBenchmarks
{
    private const int Households = EngineComparisonBenchmarks.Households;

    private EnginePopulation population = null!;
    private AssistanceTerms terms = null!;
    private EngineThresholds thresholds = null!;
    private HandWrittenIntegers integers = null!;

    [GlobalSetup]
    public void Setup()
    {
        population = EnginePopulation.Create(Households);
        terms = AssistanceTerms.Resolve(EngineRules.Policy(), EngineRules.Date).Value;
        thresholds = EngineRules.For(EngineRules.Date);
        integers = new HandWrittenIntegers(thresholds);
        EngineAgreement.CheckHandWritten(population, terms, thresholds);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households, Description = "Hand-written C#, integers")]
    public long HandWrittenIntegers()
    {
        long total = 0;
        foreach (var c in population.Cases)
        {
            total += integers.Decide(c).DibaoFen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "Hand-written C#, decimal")]
    public long HandWrittenCSharp()
    {
        long total = 0;
        foreach (var c in population.Cases)
        {
            total += HandWritten.Decide(c, thresholds).DibaoFen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "Means test and dibao")]
    public long Dibao()
    {
        long total = 0;
        foreach (var claims in population.Claims)
        {
            total += Assistance.Dibao.Assess(claims.Household, terms.Dibao).MonthlyBenefit.Fen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "Margin (with dibao and extreme poverty)")]
    public long Margin()
    {
        long total = 0;
        foreach (var claims in population.Claims)
        {
            total += Assistance.Margin.Assess(claims.Household, terms.Margin).SingleMemberDibaoMonthly.Fen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "Whole assessment")]
    public long Whole()
    {
        long total = 0;
        foreach (var claims in population.Claims)
        {
            total += HouseholdAssessment.Assess(claims, terms).MonthlyCash.Fen;
        }

        return total;
    }
}
