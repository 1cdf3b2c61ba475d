using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// Dibao on a seeded caseload of 10,000 households, reported per household: the allocation-free
/// fast path (single calls and the span batch) against the explained path, with its tree left for the first read
/// and with the whole tree built.
/// </summary>
[MemoryDiagnoser]
public class DibaoBenchmarks
{
    private const int Households = 10_000;

    private Household[] population = [];
    private DibaoAssessment[] results = [];
    private DibaoTerms terms = null!;

    [GlobalSetup]
    public void Setup()
    {
        population = SyntheticPopulation.Create(Households);
        results = new DibaoAssessment[Households];
        terms = DibaoTerms.Resolve(PolicySets.ZhifuPilot, new LocalDate(2026, 3, 1)).Value;

        // The paths must agree before they are timed.
        foreach (var household in population)
        {
            if (Dibao.Assess(household, terms) != Dibao.Decide(household, terms).Assessment)
            {
                throw new InvalidOperationException("Fast and explained paths disagree.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public long FastPath()
    {
        long total = 0;
        foreach (var household in population)
        {
            total += Dibao.Assess(household, terms).MonthlyBenefit.Fen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public DibaoAssessment[] FastPathBatch()
    {
        Dibao.AssessAll(population, terms, results);
        return results;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "explained path, tree on first read")]
    public long ExplainedPath()
    {
        long total = 0;
        foreach (var household in population)
        {
            total += Dibao.Decide(household, terms).MonthlyBenefit.Fen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "explained path, tree built")]
    public long ExplainedPathTreeBuilt()
    {
        long steps = 0;
        foreach (var household in population)
        {
            steps += ExplanationTrees.CountSteps(Dibao.Decide(household, terms).Explanation);
        }

        return steps;
    }
}
