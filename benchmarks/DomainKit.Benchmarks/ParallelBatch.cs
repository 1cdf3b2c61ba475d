using DomainKit.Assistance;

namespace DomainKit.Benchmarks;

/// <summary>The batch call spread over every core: one slice per core, each assessed by the one-thread batch into its own part of the results.</summary>
public static class ParallelBatch
{
    public static void AssessAll(HouseholdClaims[] caseload, AssistanceTerms terms, HouseholdAssessmentResult[] results)
    {
        var slices = Environment.ProcessorCount;
        var size = (caseload.Length + slices - 1) / slices;
        Parallel.For(0, slices, slice =>
        {
            var start = slice * size;
            var length = Math.Min(size, caseload.Length - start);
            if (length > 0)
            {
                HouseholdAssessment.AssessAll(caseload.AsSpan(start, length), terms, results.AsSpan(start, length));
            }
        });
    }
}
