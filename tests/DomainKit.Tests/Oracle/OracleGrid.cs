using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The policies and dates a reference-model comparison spreads its cases over: case <c>i</c> goes to policy
/// <c>i mod n</c> on one of the dates either side of every dated change of the policies, with the programme's terms
/// resolved once per policy and date.
/// </summary>
/// <typeparam name="TTerms">The programme's resolved terms.</typeparam>
internal sealed class OracleGrid<TTerms>
    where TTerms : class
{
    private readonly Func<PolicySet, LocalDate, Result<TTerms>> resolve;
    private readonly Dictionary<(int, LocalDate), TTerms?> terms = [];

    public OracleGrid(PolicySet[] policies, Func<PolicySet, LocalDate, Result<TTerms>> resolve)
    {
        Policies = policies;
        this.resolve = resolve;
        Dates = [.. policies.SelectMany(p => p.Timelines).SelectMany(t => t.EffectiveDates).Distinct()
            .SelectMany(d => new[] { d.PlusDays(-1), d })
            .Where(d => d >= DomainArbitraries.EarliestDate && d <= DomainArbitraries.LatestDate)
            .Append(new LocalDate(2026, 3, 1))
            .Distinct()
            .Order()];
    }

    public PolicySet[] Policies { get; }

    public LocalDate[] Dates { get; }

    /// <summary>The policy, date and terms of the case; the terms are null when the policy sets no rule on that date.</summary>
    public (PolicySet Policy, LocalDate Date, TTerms? Terms) For(int index)
    {
        var (p, date) = (index % Policies.Length, Dates[(index / Policies.Length) % Dates.Length]);
        if (!terms.TryGetValue((p, date), out var resolved))
        {
            var result = resolve(Policies[p], date);
            terms[(p, date)] = resolved = result.IsSuccess ? result.Value : null;
        }

        return (Policies[p], date, resolved);
    }
}
