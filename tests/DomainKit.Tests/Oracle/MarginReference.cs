using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// Plain reference models of extreme poverty (TK-01 to TK-04) and margin households (MD-01, MD-02), from the policy
/// specification in decimal yuan, on <see cref="DibaoReference"/>'s means test and nothing of the library's code.
/// </summary>
internal static class MarginReference
{
    /// <summary>TK-01 to TK-04: counted members unable to work, with own income below the dibao line, no able supporter, in a household that passes the property test.</summary>
    public static int[] ExtremePoverty(Household household, PolicySet policy, LocalDate date)
    {
        var (counted, line) = Counted(household, policy, date);
        if (!DibaoReference.PropertyPasses(household, policy, date, counted.Length))
        {
            return [];
        }

        return [.. counted.Where(i =>
        {
            var m = household.Members[i];
            return !m.HasAbleSupporter && DibaoReference.Own(m) < line && DibaoReference.UnableToWork(m, policy, date);
        })];
    }

    /// <summary>MD-01 and MD-02: why the household is not a margin household (or None), and the single-member dibao of its severe members.</summary>
    public static (MarginExclusion Exclusion, int[] SingleMembers, decimal SingleMonthlyYuan) Decide(Household household, PolicySet policy, LocalDate date)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var (counted, line) = Counted(household, policy, date);
        var income = counted.Sum(i => DibaoReference.Own(household.Members[i]));
        var exclusion = DibaoReference.Decide(household, policy, date).Outcome != DibaoOutcome.Ineligible ? MarginExclusion.Dibao
            : ExtremePoverty(household, policy, date).Length > 0 ? MarginExclusion.ExtremePoverty
            : !(income < Value(MarginParameters.IncomeMultiple).Value * line * counted.Length) ? MarginExclusion.Income
            : !DibaoReference.PropertyPasses(household, policy, date, counted.Length) ? MarginExclusion.Property
            : MarginExclusion.None;
        if (exclusion != MarginExclusion.None)
        {
            return (exclusion, [], 0m);
        }

        // MD-02: a seriously ill or severely disabled member enrolled alone, on their own income against one person's line.
        var window = Value(MeansTestParameters.AssessmentWindowMonths);
        var single = counted.Where(i =>
        {
            var m = household.Members[i];
            var severe = m.SeriouslyIll || (m.Disability is { } d && d.Grade <= Value(MarginParameters.SevereDisabilityMaxGrade));
            return severe && DibaoReference.Own(m) < line;
        }).ToArray();
        var total = single.Sum(i => Math.Round((line - DibaoReference.Own(household.Members[i])) / window, 2, MidpointRounding.AwayFromZero));
        return (MarginExclusion.None, single, total);
    }

    // The counted members' indexes, and one person's dibao line over the window.
    private static (int[] Counted, decimal Line) Counted(Household household, PolicySet policy, LocalDate date)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var counted = Enumerable.Range(0, household.Members.Length)
            .Where(i => DibaoReference.Counts(household.Members[i], policy, date))
            .ToArray();
        return (counted, Value(DibaoParameters.StandardMonthly).Yuan * Value(MeansTestParameters.AssessmentWindowMonths));
    }
}
