using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// The household assessment over every programme on the seeded caseload, per household: the shared
/// fast path (one means test for dibao, extreme poverty, margin, medical, expenditure hardship, temporary
/// and education assistance) against each programme's own fast path called in turn, and the explained path.
/// The Zhifu pilot is completed with local values for the programmes the sources leave unset, so that
/// every programme is decided.
/// </summary>
[MemoryDiagnoser]
public class HouseholdAssessmentBenchmarks
{
    private const int Households = 10_000;

    private HouseholdClaims[] caseload = [];
    private HouseholdAssessmentResult[] results = [];
    private AssistanceTerms terms = null!;

    [GlobalSetup]
    public void Setup()
    {
        caseload = SyntheticPopulation.StreamClaims(Households, everyProgramme: true).ToArray();
        results = new HouseholdAssessmentResult[Households];
        terms = AssistanceTerms.Resolve(LocalPolicy.Complete(PolicySets.ZhifuPilot), new LocalDate(2026, 3, 1)).Value;
        if (!terms.NotSet.IsEmpty)
        {
            throw new InvalidOperationException("Every programme must be decided.");
        }
        foreach (var claims in caseload)
        {
            if (HouseholdAssessment.Assess(claims, terms) != HouseholdAssessment.Decide(claims, terms).Assessment)
            {
                throw new InvalidOperationException("Fast and explained paths disagree.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public HouseholdAssessmentResult[] SharedFastPath()
    {
        HouseholdAssessment.AssessAll(caseload, terms, results);
        return results;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public long EachProgrammeInTurn()
    {
        long total = 0;
        foreach (var claims in caseload)
        {
            total += Dibao.Assess(claims.Household, terms.Dibao).MonthlyBenefit.Fen;
            total += ExtremePoverty.Assess(claims.Household, terms.ExtremePoverty).EligibleMembers.Count;
            total += Margin.Assess(claims.Household, terms.Margin).SingleMemberDibaoMonthly.Fen;
            foreach (var bill in claims.Bills)
            {
                total += MedicalAssistance.Assess(MedicalClaim.Create(claims.Household, bill).Value, terms.Medical).Amount.Fen;
            }

            if (claims.Temporary is { } request)
            {
                total += TemporaryAssistance.Assess(claims.Household, request, terms.Temporary!).Amount.Fen;
            }

            if (claims.Expenditure is { } claim)
            {
                total += ExpenditureHardship.Assess(claims.Household, claim, terms.Expenditure!).IsEligible ? 1 : 0;
            }

            total += EducationAssistance.Assess(claims.Household, terms.Education!).AnnualTotal.Fen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "explained path, trees on first read")]
    public long ExplainedPath()
    {
        long total = 0;
        foreach (var claims in caseload)
        {
            total += HouseholdAssessment.Decide(claims, terms).Assessment.MonthlyCash.Fen;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Households, Description = "explained path, every tree built")]
    public long ExplainedPathEveryTree()
    {
        long steps = 0;
        foreach (var claims in caseload)
        {
            steps += ExplanationTrees.CountSteps(HouseholdAssessment.Decide(claims, terms));
        }

        return steps;
    }
}
