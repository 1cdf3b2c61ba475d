using System.Reflection;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Every kind of assessment the programmes return is equal to another exactly when all its public properties are,
/// by <c>Equals</c>, by the operators and in its hash code, over the assessments of the programmes' corpus.
/// </summary>
public class AssessmentEqualityTest
{
    [Fact]
    public void Assessments_AreEqualExactlyWhenEveryPropertyIs()
    {
        var byType = Assessments().GroupBy(a => a.GetType()).ToList();
        Assert.Equal(8, byType.Count);
        foreach (var group in byType)
        {
            var items = group.DistinctBy(OutputWriter.Format).ToList();
            var equalOperator = group.Key.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static);
            var unequalOperator = group.Key.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static);

            // Distinct values, and each against a copy of itself made by another decision of the same facts.
            Assert.True(items.Count > 1, $"{group.Key.Name}: the corpus holds only one distinct value");
            foreach (var a in group)
            {
                foreach (var b in items)
                {
                    var same = OutputWriter.Format(a) == OutputWriter.Format(b);
                    var name = $"{group.Key.Name}: {OutputWriter.Format(a)} and {OutputWriter.Format(b)}";
                    Assert.True(same == a.Equals(b), name);
                    Assert.True(same == (bool)equalOperator!.Invoke(null, [a, b])!, name);
                    Assert.True(same != (bool)unequalOperator!.Invoke(null, [a, b])!, name);
                    Assert.True(!same || a.GetHashCode() == b.GetHashCode(), name);
                }

                Assert.False(a.Equals(null));
                Assert.False(a.Equals("an assessment"));
            }
        }
    }

    private static IEnumerable<object> Assessments()
    {
        foreach (var (_, _, policy, claims) in ProgrammePolicies.Corpus())
        {
            if (!claims.IsSuccess)
            {
                continue;
            }

            // The same facts decided twice, so every value meets an equal copy that is not the same instance.
            foreach (var entitlements in new[] { HouseholdAssessment.Decide(claims.Value, policy, new LocalDate(2026, 3, 1)).Value, HouseholdAssessment.Decide(claims.Value, policy, new LocalDate(2026, 3, 1)).Value })
            {
                yield return entitlements.Assessment;
                var decisions = new AssistanceDecision?[] { entitlements.Dibao, entitlements.ExtremePoverty, entitlements.Margin, entitlements.Expenditure, entitlements.Temporary, entitlements.Education }.Concat(entitlements.Medical);
                foreach (var decision in decisions.OfType<AssistanceDecision>())
                {
                    if (decision.GetType().GetProperty("Assessment")?.GetValue(decision) is { } assessment)
                    {
                        yield return assessment;
                    }
                }
            }
        }
    }
}
