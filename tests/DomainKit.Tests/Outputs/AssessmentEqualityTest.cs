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
            // Distinct values, and each against a copy of itself made by another decision of the same facts.
            typeof(EqualityLaws).GetMethod(nameof(EqualityLaws.Hold))!.MakeGenericMethod(group.Key).Invoke(null, [Cast(group, group.Key)]);
        }
    }

    // A typed list of the group, so the laws look up the type's own operators.
    private static object Cast(IEnumerable<object> items, Type type)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static IEnumerable<object> Assessments()
    {
        foreach (var (_, _, policy, claims) in ProgrammePolicies.Corpus())
        {
            if (!claims.IsSuccess)
            {
                continue;
            }

            // The same facts decided twice, so every value meets an equal copy that is not the same instance; and the
            // household without its claims, whose means-tested programmes are the same but whose others are not.
            var date = new LocalDate(2026, 3, 1);
            foreach (var entitlements in new[] { HouseholdAssessment.Decide(claims.Value, policy, date).Value, HouseholdAssessment.Decide(claims.Value, policy, date).Value, HouseholdAssessment.Decide(HouseholdClaims.Of(claims.Value.Household), policy, date).Value })
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
