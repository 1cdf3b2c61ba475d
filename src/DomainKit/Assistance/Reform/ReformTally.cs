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
    private static readonly Programme[] Programmes = Enum.GetValues<Programme>();

    private readonly long[] eligibleBefore = new long[Programmes.Length];
    private readonly long[] eligibleAfter = new long[Programmes.Length];
    private readonly long[] newly = new long[Programmes.Length];
    private readonly long[] lost = new long[Programmes.Length];
    private readonly Money[] amountBefore = new Money[Programmes.Length];
    private readonly Money[] amountAfter = new Money[Programmes.Length];
    private long winners;
    private long losers;
    private Money gain = Money.Zero;
    private Money loss = Money.Zero;

    /// <summary>The households counted so far.</summary>
    public long Households { get; private set; }

    /// <summary>Counts one household's two outcomes, then tells the callbacks: the change always, progress every 10,000 households.</summary>
    public void Add(in HouseholdAssessmentResult before, in HouseholdAssessmentResult after, Action<HouseholdChange>? onChange, IProgress<long>? progress)
    {
        for (var p = 0; p < Programmes.Length; p++)
        {
            var (was, isNow) = (before.Qualifies(Programmes[p]), after.Qualifies(Programmes[p]));
            eligibleBefore[p] += was ? 1 : 0;
            eligibleAfter[p] += isNow ? 1 : 0;
            newly[p] += !was && isNow ? 1 : 0;
            lost[p] += was && !isNow ? 1 : 0;
            amountBefore[p] += before.Amount(Programmes[p]);
            amountAfter[p] += after.Amount(Programmes[p]);
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

        onChange?.Invoke(new HouseholdChange(Households, before, after));
        Households++;
        if (Households % 10_000 == 0)
        {
            progress?.Report(Households);
        }
    }

    /// <summary>The report of everything counted.</summary>
    public ReformReport Report(PolicySet baseline, PolicySet reform, LocalDate date)
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
        }).ToImmutableArray();
        FundComparison Fund(Fund fund, Programme programme) => new()
        {
            Fund = fund,
            Budget = reform.ValueAtOrNull(FundParameters.Budget(fund), date)?.Value,
            CostBefore = amountBefore[Array.IndexOf(Programmes, programme)],
            CostAfter = amountAfter[Array.IndexOf(Programmes, programme)],
        };

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
        };
    }
}
