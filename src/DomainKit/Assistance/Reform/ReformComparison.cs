using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Compares a caseload under two policy sets (a baseline and a reform, such as the Zhifu medical reform
/// or any <see cref="PolicySet.With{T}(PolicyParameter{T}, T, LocalDate, Provenance?)"/> override): per programme, per fund, winners and losers.
/// </summary>
/// <remarks>
/// One streaming pass over the caseload on the allocation-free fast path: memory does not grow with the
/// population, so a caseload read lazily from a file of millions of households needs no more memory than one.
/// Pure apart from the optional progress and change callbacks, and thread-safe.
/// </remarks>
public static class ReformComparison
{
    private const int MonthsPerYear = 12;

    /// <summary>Compares a caseload under a baseline and a reform on a date.</summary>
    /// <param name="caseload">The households and their bills, read once, in order.</param>
    /// <param name="baseline">The policy set in force.</param>
    /// <param name="reform">The policy set proposed.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <param name="onChange">Called for every household, in order, with both outcomes; optional.</param>
    /// <param name="progress">Told the number of households done every 10,000 households and at the end; optional.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The report, or Invalid naming every parameter missing or not in effect in either policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/>, a policy set or an entry is null.</exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    public static Result<ReformReport> Compare(
        IEnumerable<HouseholdClaims> caseload,
        PolicySet baseline,
        PolicySet reform,
        LocalDate date,
        Action<HouseholdChange>? onChange = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var before = AssistanceTerms.Resolve(baseline, date);
        var after = AssistanceTerms.Resolve(reform, date);
        if (!before.IsSuccess || !after.IsSuccess)
        {
            return Result<ReformReport>.Invalid(before.ValidationErrors.Concat(after.ValidationErrors));
        }

        var programmes = Enum.GetValues<Programme>();
        var eligibleBefore = new long[programmes.Length];
        var eligibleAfter = new long[programmes.Length];
        var newly = new long[programmes.Length];
        var lost = new long[programmes.Length];
        var amountBefore = new Money[programmes.Length];
        var amountAfter = new Money[programmes.Length];
        long households = 0, winners = 0, losers = 0;
        Money gain = Money.Zero, loss = Money.Zero;
        foreach (var claims in caseload)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resultBefore = HouseholdAssessment.Assess(claims, before.Value);
            var resultAfter = HouseholdAssessment.Assess(claims, after.Value);
            for (var p = 0; p < programmes.Length; p++)
            {
                var (was, isNow) = (resultBefore.Qualifies(programmes[p]), resultAfter.Qualifies(programmes[p]));
                eligibleBefore[p] += was ? 1 : 0;
                eligibleAfter[p] += isNow ? 1 : 0;
                newly[p] += !was && isNow ? 1 : 0;
                lost[p] += was && !isNow ? 1 : 0;
                amountBefore[p] += resultBefore.Amount(programmes[p]);
                amountAfter[p] += resultAfter.Amount(programmes[p]);
            }

            var change = AnnualValue(resultAfter) - AnnualValue(resultBefore);
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

            onChange?.Invoke(new HouseholdChange(households, resultBefore, resultAfter));
            households++;
            if (households % 10_000 == 0)
            {
                progress?.Report(households);
            }
        }

        progress?.Report(households);
        var comparisons = programmes.Select((programme, p) => new ProgrammeComparison
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
            CostBefore = amountBefore[Array.IndexOf(programmes, programme)],
            CostAfter = amountAfter[Array.IndexOf(programmes, programme)],
        };

        return new ReformReport
        {
            Date = date,
            BaselinePolicyId = Label(baseline),
            ReformPolicyId = Label(reform),
            Households = households,
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

    /// <summary>
    /// A household's annual value: twelve months of cash benefit, plus medical assistance for its bills,
    /// temporary assistance for its request and a year of education assistance.
    /// </summary>
    /// <param name="result">The household's outcomes.</param>
    /// <returns>The annual value.</returns>
    public static Money AnnualValue(HouseholdAssessmentResult result) =>
        (result.MonthlyCash * MonthsPerYear)
        + result.MedicalAssistance
        + result.Amount(Programme.TemporaryAssistance)
        + result.Amount(Programme.EducationAssistance);

    private static string Label(PolicySet policy) => policy.IsModified ? policy.Id + "*" : policy.Id;
}
