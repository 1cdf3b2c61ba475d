using DomainKit.Policies;
using DomainKit.Tests.Generators;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>The dates the reference-model comparisons run on: the day before and the day of every dated change of the policies.</summary>
internal static class OracleDates
{
    public static LocalDate[] EitherSideOfEveryChange(IEnumerable<PolicySet> policies) =>
        [.. policies.SelectMany(p => p.Timelines).SelectMany(t => t.EffectiveDates).Distinct()
            .SelectMany(d => new[] { d.PlusDays(-1), d })
            .Where(d => d >= DomainArbitraries.EarliestDate && d <= DomainArbitraries.LatestDate)
            .Append(new LocalDate(2026, 3, 1))
            .Distinct()
            .Order()];
}
