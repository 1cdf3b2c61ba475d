using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// The Zhifu medical reform compared over a streamed caseload of growing size, per household: the time
/// per household should stay flat and the memory allocated should be the caseload's own (the generated
/// households), not the comparison's.
/// </summary>
[MemoryDiagnoser]
public class ReformComparisonBenchmarks
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private PolicySet baseline = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup() => baseline = PolicySets.ZhifuPilot
        .With(MedicalParameters.SchemeSeriousIllness, MedicalAssistanceScheme.SingleStage(Deductible.None, Rate.Percent(60), Money.FromYuan(10_000m)), new LocalDate(2016, 1, 1))
        .With(MedicalParameters.SeriousIllnessGroups, EnumSets.Of(MedicalGroup.ExtremePoverty, MedicalGroup.Dibao), new LocalDate(2016, 1, 1));

    [Benchmark(Baseline = true)]
    public long GenerateOnly()
    {
        long members = 0;
        foreach (var claims in SyntheticPopulation.StreamClaims(Households))
        {
            members += claims.Household.Members.Length;
        }

        return members;
    }

    [Benchmark]
    public long GenerateAndCompare() => ReformComparison.Compare(SyntheticPopulation.StreamClaims(Households), baseline, PolicySets.ZhifuPilot, Date).Value.Winners;
}
