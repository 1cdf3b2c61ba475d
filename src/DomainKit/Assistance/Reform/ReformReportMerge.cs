using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>Adds the reports of disjoint parts of a population into the report of the whole (<see cref="ReformComparison.Combine"/>).</summary>
internal static class ReformReportMerge
{
    public static Result<ReformReport> Combine(IEnumerable<ReformReport> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var reports = parts.ToList();
        if (reports.Count == 0)
        {
            return Result<ReformReport>.Invalid(Errors.At("parts", ErrorCodes.Required, "At least one report is needed to combine."));
        }

        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(parts));
        }

        var first = reports[0];
        var errors = new List<ValidationError>();
        for (var i = 1; i < reports.Count; i++)
        {
            if (Difference(first, reports[i]) is { } field)
            {
                errors.Add(Errors.At($"parts[{i}].{field}", ErrorCodes.ComparisonPartsDiffer, "The report was not compared as the first one was (date, policy sets, take-up rates, poverty line and budgets must be the same)."));
            }
        }

        return errors.Count > 0 ? Result<ReformReport>.Invalid(errors) : reports.Skip(1).Aggregate(first, Add);
    }

    /// <summary>The first field in which a part was compared otherwise than the first part, or null.</summary>
    private static string? Difference(ReformReport a, ReformReport b)
    {
        if (a.Date != b.Date)
        {
            return "date";
        }

        if (a.BaselinePolicyId != b.BaselinePolicyId)
        {
            return "baselinePolicyId";
        }

        if (a.ReformPolicyId != b.ReformPolicyId)
        {
            return "reformPolicyId";
        }

        if (!a.Options.Equals(b.Options))
        {
            return "options";
        }

        if (a.Poverty?.LineMonthly != b.Poverty?.LineMonthly)
        {
            return "poverty.lineMonthly";
        }

        if (!a.Programmes.Select(p => p.Programme).SequenceEqual(b.Programmes.Select(p => p.Programme)))
        {
            return "programmes";
        }

        var sameFunds = a.Funds.Length == b.Funds.Length
            && a.Funds.Zip(b.Funds).All(pair => pair.First.Fund == pair.Second.Fund && pair.First.Budget == pair.Second.Budget && pair.First.Year == pair.Second.Year);
        return sameFunds ? null : "funds";
    }

    private static ReformReport Add(ReformReport a, ReformReport b) => a with
    {
        Households = checked(a.Households + b.Households),
        Programmes = [.. a.Programmes.Zip(b.Programmes, Add)],
        Funds = [.. a.Funds.Zip(b.Funds, Add)],
        Winners = checked(a.Winners + b.Winners),
        Losers = checked(a.Losers + b.Losers),
        TotalGain = a.TotalGain + b.TotalGain,
        TotalLoss = a.TotalLoss + b.TotalLoss,
        Population = a.Population.Plus(b.Population),
        Poverty = a.Poverty is { } pa && b.Poverty is { } pb
            ? pa with
            {
                BeforeAssistance = pa.BeforeAssistance.Plus(pb.BeforeAssistance),
                UnderBaseline = pa.UnderBaseline.Plus(pb.UnderBaseline),
                UnderReform = pa.UnderReform.Plus(pb.UnderReform),
            }
            : null,
        IncomeGroups = Merge(a.IncomeGroups, b.IncomeGroups, group => group.PerCapitaMonthlyIncome.Fen, group => group.Change, (group, change) => group with { Change = change }),
        Regions = Merge(a.Regions, b.Regions, region => region.Region.Value, region => region.Change, (region, change) => region with { Change = change }),
    };

    private static ProgrammeComparison Add(ProgrammeComparison a, ProgrammeComparison b) => a with
    {
        EligibleBefore = checked(a.EligibleBefore + b.EligibleBefore),
        EligibleAfter = checked(a.EligibleAfter + b.EligibleAfter),
        NewlyEligible = checked(a.NewlyEligible + b.NewlyEligible),
        NoLongerEligible = checked(a.NoLongerEligible + b.NoLongerEligible),
        AmountBefore = a.AmountBefore + b.AmountBefore,
        AmountAfter = a.AmountAfter + b.AmountAfter,
        WeightedEligibleBefore = a.WeightedEligibleBefore + b.WeightedEligibleBefore,
        WeightedEligibleAfter = a.WeightedEligibleAfter + b.WeightedEligibleAfter,
        WeightedNewlyEligible = a.WeightedNewlyEligible + b.WeightedNewlyEligible,
        WeightedNoLongerEligible = a.WeightedNoLongerEligible + b.WeightedNoLongerEligible,
        WeightedAmountBefore = a.WeightedAmountBefore + b.WeightedAmountBefore,
        WeightedAmountAfter = a.WeightedAmountAfter + b.WeightedAmountAfter,
    };

    private static FundComparison Add(FundComparison a, FundComparison b) => a with
    {
        CostBefore = a.CostBefore + b.CostBefore,
        CostAfter = a.CostAfter + b.CostAfter,
        WeightedCostBefore = a.WeightedCostBefore + b.WeightedCostBefore,
        WeightedCostAfter = a.WeightedCostAfter + b.WeightedCostAfter,
    };

    /// <summary>Two lists sorted by key merged into one, the groups of equal key added.</summary>
    private static ImmutableArray<T> Merge<T, TKey>(ImmutableArray<T> a, ImmutableArray<T> b, Func<T, TKey> key, Func<T, GroupChange> change, Func<T, GroupChange, T> with)
        where TKey : IComparable<TKey>
    {
        var merged = ImmutableArray.CreateBuilder<T>(a.Length + b.Length);
        var (i, j) = (0, 0);
        while (i < a.Length || j < b.Length)
        {
            var order = i == a.Length ? 1 : j == b.Length ? -1 : key(a[i]).CompareTo(key(b[j]));
            if (order < 0)
            {
                merged.Add(a[i++]);
            }
            else if (order > 0)
            {
                merged.Add(b[j++]);
            }
            else
            {
                merged.Add(with(a[i], change(a[i]).Plus(change(b[j]))));
                i++;
                j++;
            }
        }

        return merged.ToImmutable();
    }
}
