using System.Diagnostics.CodeAnalysis;
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

    /// <summary>How many households of a laid-out caseload are assessed under both policy sets before they are tallied.</summary>
    private const int BlockSize = 4_096;

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
        return Tallied(baseline, reform, date, progress, (tally, before, after) =>
        {
            foreach (var claims in caseload)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tally.Add(HouseholdAssessment.Assess(claims, before), HouseholdAssessment.Assess(claims, after), onChange, progress);
            }
        });
    }

    /// <summary>Compares a laid-out caseload under a baseline and a reform on a date: the same report as for the same households streamed.</summary>
    /// <param name="caseload">The caseload, laid out once (<see cref="Caseload.Create(ReadOnlySpan{HouseholdClaims})"/>) and compared under as many reforms as needed.</param>
    /// <param name="baseline">The policy set in force.</param>
    /// <param name="reform">The policy set proposed.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <param name="onChange">Called for every household, in order, with both outcomes; optional.</param>
    /// <param name="progress">Told the number of households done every 10,000 households and at the end; optional.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The report, or Invalid naming every parameter missing or not in effect in either policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> or a policy set is null.</exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the caseload's type, so no call can be ambiguous, and both keep the same optional callbacks.")]
    public static Result<ReformReport> Compare(
        Caseload caseload,
        PolicySet baseline,
        PolicySet reform,
        LocalDate date,
        Action<HouseholdChange>? onChange = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        return Tallied(baseline, reform, date, progress, (tally, before, after) =>
        {
            // Both outcomes of a block of households at a time: each block streams through the caseload's arrays once
            // per policy set while the results stay in the cache, and the buffers are all that is allocated.
            var resultsBefore = new HouseholdAssessmentResult[Math.Min(BlockSize, caseload.Count)];
            var resultsAfter = new HouseholdAssessmentResult[resultsBefore.Length];
            for (var start = 0; start < caseload.Count; start += BlockSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var block = caseload.Slice(start, Math.Min(BlockSize, caseload.Count - start));
                HouseholdAssessment.AssessAll(block, before, resultsBefore);
                HouseholdAssessment.AssessAll(block, after, resultsAfter);
                for (var i = 0; i < block.Count; i++)
                {
                    tally.Add(resultsBefore[i], resultsAfter[i], onChange, progress);
                }
            }
        });
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

    /// <summary>
    /// Resolves both policy sets on the date, lets the pass count every household's two outcomes, and reports; Invalid,
    /// before any household is read, naming every parameter missing or not in effect in either policy set.
    /// </summary>
    private static Result<ReformReport> Tallied(PolicySet baseline, PolicySet reform, LocalDate date, IProgress<long>? progress, Action<ReformTally, AssistanceTerms, AssistanceTerms> pass)
    {
        var before = AssistanceTerms.Resolve(baseline, date);
        var after = AssistanceTerms.Resolve(reform, date);
        if (!before.IsSuccess || !after.IsSuccess)
        {
            return Result<ReformReport>.Invalid(before.ValidationErrors.Concat(after.ValidationErrors));
        }

        var tally = new ReformTally();
        pass(tally, before.Value, after.Value);
        progress?.Report(tally.Households);
        return tally.Report(baseline, reform, date);
    }
}
