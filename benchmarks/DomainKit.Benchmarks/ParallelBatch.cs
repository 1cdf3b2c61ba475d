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

    /// <summary>A laid-out caseload cut into one part per core, once, outside the timed code.</summary>
    public static Caseload[] Parts(Caseload caseload)
    {
        var slices = Environment.ProcessorCount;
        var size = (caseload.Count + slices - 1) / slices;
        return [.. Enumerable.Range(0, slices).Select(slice => slice * size).Where(start => start < caseload.Count).Select(start => caseload.Slice(start, Math.Min(size, caseload.Count - start)))];
    }

    /// <summary>Each part of a laid-out caseload assessed on its own core, into its own part of the results.</summary>
    public static void AssessAll(Caseload[] parts, AssistanceTerms terms, HouseholdAssessmentResult[] results)
    {
        var starts = new int[parts.Length];
        for (var p = 1; p < parts.Length; p++)
        {
            starts[p] = starts[p - 1] + parts[p - 1].Count;
        }

        Parallel.For(0, parts.Length, p => HouseholdAssessment.AssessAll(parts[p], terms, results.AsSpan(starts[p], parts[p].Count)));
    }
}
