using System.Collections.Immutable;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The running totals of a reform comparison, one household at a time, in order: the same whether the households
/// are streamed or laid out, so both forms of <see cref="ReformComparison"/> give the same report.
/// </summary>
internal sealed class ReformTally
{
    private const int MonthsPerYear = 12;

    private static readonly Programme[] Programmes = Enum.GetValues<Programme>();

    private readonly long[] eligibleBefore = new long[Programmes.Length];
    private readonly long[] eligibleAfter = new long[Programmes.Length];
    private readonly long[] newly = new long[Programmes.Length];
    private readonly long[] lost = new long[Programmes.Length];
    private readonly Money[] amountBefore = new Money[Programmes.Length];
    private readonly Money[] amountAfter = new Money[Programmes.Length];
    private readonly WeightedSum[] weightedEligibleBefore = new WeightedSum[Programmes.Length];
    private readonly WeightedSum[] weightedEligibleAfter = new WeightedSum[Programmes.Length];
    private readonly WeightedSum[] weightedNewly = new WeightedSum[Programmes.Length];
    private readonly WeightedSum[] weightedLost = new WeightedSum[Programmes.Length];
    private readonly WeightedSum[] weightedAmountBefore = new WeightedSum[Programmes.Length];
    private readonly WeightedSum[] weightedAmountAfter = new WeightedSum[Programmes.Length];
    private readonly GroupTally population = new();
    private readonly PovertyTally beforeAssistance = new();
    private readonly PovertyTally underBaseline = new();
    private readonly PovertyTally underReform = new();
    private readonly Dictionary<long, GroupTally> incomeGroups = [];
    private readonly Dictionary<RegionCode, GroupTally> regions = [];
    private readonly long lineFen;
    private readonly int windowMonths;
    private long winners;
    private long losers;
    private Money gain = Money.Zero;
    private Money loss = Money.Zero;

    /// <summary>Starts the totals of a comparison whose poverty line and income window are the baseline's.</summary>
    public ReformTally(AssistanceTerms baseline)
    {
        lineFen = baseline.Dibao.StandardMonthly.Value.Fen;
        windowMonths = baseline.Dibao.WindowMonths;
    }

    /// <summary>The households counted so far.</summary>
    public long Households { get; private set; }

    /// <summary>Counts one household of weight 1 in no known division.</summary>
    public void Add(in HouseholdAssessmentResult before, in HouseholdAssessmentResult after, Action<HouseholdChange>? onChange, IProgress<long>? progress) =>
        Add(before, after, 1m, null, onChange, progress);

    /// <summary>Counts one household's two outcomes, then tells the callbacks: the change always, progress every 10,000 households.</summary>
    public void Add(in HouseholdAssessmentResult before, in HouseholdAssessmentResult after, decimal weight, RegionCode? region, Action<HouseholdChange>? onChange, IProgress<long>? progress)
    {
        var unit = weight == 1m;
        for (var p = 0; p < Programmes.Length; p++)
        {
            var (was, isNow) = (before.Qualifies(Programmes[p]), after.Qualifies(Programmes[p]));
            if (was)
            {
                eligibleBefore[p]++;
                weightedEligibleBefore[p].Add(1, unit, weight);
            }

            if (isNow)
            {
                eligibleAfter[p]++;
                weightedEligibleAfter[p].Add(1, unit, weight);
            }

            if (was != isNow)
            {
                (isNow ? ref newly[p] : ref lost[p])++;
                (isNow ? ref weightedNewly[p] : ref weightedLost[p]).Add(1, unit, weight);
            }

            var (paidBefore, paidAfter) = (before.Amount(Programmes[p]), after.Amount(Programmes[p]));
            amountBefore[p] += paidBefore;
            amountAfter[p] += paidAfter;
            weightedAmountBefore[p].Add(paidBefore.Fen, unit, weight);
            weightedAmountAfter[p].Add(paidAfter.Fen, unit, weight);
        }

        var change = ReformComparison.AnnualValue(after) - ReformComparison.AnnualValue(before);
        if (change > Money.Zero)
        {
            winners++;
            gain += change;
        }
        else if (change < Money.Zero)
        {
            losers++;
            loss -= change;
        }

        // Income and members are the baseline's means test: what the household has before any assistance.
        var members = before.CountedMembers;
        var incomeFen = before.CountedIncome.Fen;
        var annualIncomeFen = Money.Divide(checked(incomeFen * MonthsPerYear), windowMonths).Fen;
        population.Add(members, change.Fen, annualIncomeFen, unit, weight);
        if (region is { } code)
        {
            Group(regions, code).Add(members, change.Fen, annualIncomeFen, unit, weight);
        }

        if (members > 0)
        {
            var perCapitaYuan = (long)Math.Floor((decimal)incomeFen / (100m * windowMonths * members));
            Group(incomeGroups, IncomeGroup.Band(perCapitaYuan)).Add(members, change.Fen, annualIncomeFen, unit, weight);
            var shortfall = checked((lineFen * members * windowMonths) - incomeFen);
            beforeAssistance.Add(members, shortfall, windowMonths, unit, weight);
            underBaseline.Add(members, checked(shortfall - (before.MonthlyCash.Fen * windowMonths)), windowMonths, unit, weight);
            underReform.Add(members, checked(shortfall - (after.MonthlyCash.Fen * windowMonths)), windowMonths, unit, weight);
        }

        onChange?.Invoke(new HouseholdChange(Households, before, after));
        Households++;
        if (Households % 10_000 == 0)
        {
            progress?.Report(Households);
        }
    }

    /// <summary>The report of everything counted.</summary>
    public ReformReport Report(PolicySet baseline, PolicySet reform, LocalDate date, ReformComparisonOptions options)
    {
        var comparisons = Programmes.Select((programme, p) => new ProgrammeComparison
        {
            Programme = programme,
            EligibleBefore = eligibleBefore[p],
            EligibleAfter = eligibleAfter[p],
            NewlyEligible = newly[p],
            NoLongerEligible = lost[p],
            AmountBefore = amountBefore[p],
            AmountAfter = amountAfter[p],
            TakeUp = options.TakeUpOf(programme),
            WeightedEligibleBefore = weightedEligibleBefore[p].Total,
            WeightedEligibleAfter = weightedEligibleAfter[p].Total,
            WeightedNewlyEligible = weightedNewly[p].Total,
            WeightedNoLongerEligible = weightedLost[p].Total,
            WeightedAmountBefore = weightedAmountBefore[p].Total / 100m,
            WeightedAmountAfter = weightedAmountAfter[p].Total / 100m,
        }).ToImmutableArray();
        FundComparison Fund(Fund fund, Programme programme)
        {
            var p = Array.IndexOf(Programmes, programme);
            return new()
            {
                Fund = fund,
                Year = date.Year,
                Budget = reform.ValueAtOrNull(FundParameters.Budget(fund), date)?.Value,
                CostBefore = amountBefore[p],
                CostAfter = amountAfter[p],
                TakeUp = options.TakeUpOf(programme),
                WeightedCostBefore = weightedAmountBefore[p].Total / 100m,
                WeightedCostAfter = weightedAmountAfter[p].Total / 100m,
            };
        }

        return new ReformReport
        {
            Date = date,
            BaselinePolicyId = baseline.LabelIn(Explanations.Language.English),
            ReformPolicyId = reform.LabelIn(Explanations.Language.English),
            Households = Households,
            Programmes = comparisons,
            Funds =
            [
                Fund(Assistance.Fund.MedicalAssistance, Programme.MedicalAssistance),
                Fund(Assistance.Fund.TemporaryAssistance, Programme.TemporaryAssistance),
                Fund(Assistance.Fund.EducationAssistance, Programme.EducationAssistance),
            ],
            Winners = winners,
            Losers = losers,
            TotalGain = gain,
            TotalLoss = loss,
            Options = options,
            Population = population.ToChange(),
            Poverty = new PovertyComparison
            {
                LineMonthly = Money.FromFen(lineFen),
                BeforeAssistance = beforeAssistance.ToMeasure(),
                UnderBaseline = underBaseline.ToMeasure(),
                UnderReform = underReform.ToMeasure(),
            },
            IncomeGroups = [.. incomeGroups.OrderBy(entry => entry.Key).Select(entry => new IncomeGroup { PerCapitaMonthlyIncome = Money.FromYuan(entry.Key), Change = entry.Value.ToChange() })],
            Regions = [.. regions.OrderBy(entry => entry.Key.Value, StringComparer.Ordinal).Select(entry => new RegionComparison { Region = entry.Key, Change = entry.Value.ToChange() })],
        };
    }

    private static GroupTally Group<TKey>(Dictionary<TKey, GroupTally> groups, TKey key)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new GroupTally();
            groups.Add(key, group);
        }

        return group;
    }
}
