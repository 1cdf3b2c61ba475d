using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// One view of a household's support from every source across its cases (ZF-MP-03): government programmes,
/// charity projects and named funds, what is still unmet, and services, need by need.
/// </summary>
public static class HouseholdSupport
{
    /// <summary>Adds up the support of one household's cases, need by need.</summary>
    /// <param name="cases">The household's cases: every one opened for the same resident ID.</param>
    /// <returns>One line per need, in need order; Invalid when the cases belong to more than one household.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or a case is null.</exception>
    public static Result<ImmutableArray<SupportLine>> Of(IEnumerable<AssistanceCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToList();
        if (list.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(cases), "A case is null.");
        }

        if (list.Select(c => c.Applicant.ResidentId).Distinct().Count() > 1)
        {
            return Result<ImmutableArray<SupportLine>>.Invalid(Errors.At("cases", ErrorCodes.CaseTransition, "The cases belong to more than one household."));
        }

        return list.SelectMany(c => c.Support())
            .GroupBy(line => line.Need)
            .OrderBy(group => group.Key)
            .Select(group => new SupportLine(
                group.Key,
                group.Aggregate(Money.Zero, (sum, l) => sum + l.Government),
                group.Aggregate(Money.Zero, (sum, l) => sum + l.Charity),
                group.Aggregate(Money.Zero, (sum, l) => sum + l.Unmet),
                group.Sum(l => l.Services)))
            .ToImmutableArray();
    }
}
