using DomainKit.Assistance;
using DomainKit.Benchmarks;
using DomainKit.Cli;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The fast path allocates nothing for any household, bills, expenditure claims and temporary requests included: a
/// serious-illness bill once allocated 48 bytes, because asking a set of medical groups for a member boxed the group.
/// </summary>
public class FastPathAllocationTest
{
    [Fact]
    public void EveryHouseholdOfTheSyntheticCaseload_IsAssessedWithoutAllocating()
    {
        var caseload = SyntheticPopulation.StreamClaims(5_000, everyProgramme: true).ToArray();
        var terms = AssistanceTerms.Resolve(LocalPolicy.Complete(PolicySets.ZhifuPilot), new LocalDate(2026, 3, 1)).Value;
        Assert.Contains(caseload, c => c.Bills.Any(b => b.Inpatient && b.SeriousIllness));
        foreach (var claims in caseload)
        {
            HouseholdAssessment.Assess(claims, terms);
        }

        var allocating = new List<string>();
        for (var i = 0; i < caseload.Length; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            HouseholdAssessment.Assess(caseload[i], terms);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (bytes != 0)
            {
                allocating.Add($"household {i}: {bytes} B");
            }
        }

        Assert.True(allocating.Count == 0, string.Join("; ", allocating.Take(5)));
    }

    [Theory]
    [InlineData(MedicalGroup.ExtremePoverty)]
    [InlineData(MedicalGroup.OtherResident)]
    public void ASetOfEnumValues_AnswersWithoutBoxing(MedicalGroup group)
    {
        var set = EnumSets.Of(MedicalGroup.ExtremePoverty, MedicalGroup.Dibao);
        Assert.Equal(group == MedicalGroup.ExtremePoverty, set.Contains(group));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var contained = set.Contains(group);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(group == MedicalGroup.ExtremePoverty, contained);
    }
}
