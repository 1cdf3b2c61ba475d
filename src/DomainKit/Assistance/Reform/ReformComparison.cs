using System.Diagnostics.CodeAnalysis;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
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
        return Tallied(baseline, reform, date, ReformComparisonOptions.Default, progress, (tally, before, after) =>
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
        return Tallied(baseline, reform, date, ReformComparisonOptions.Default, progress, (tally, before, after) =>
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
    /// Compares a population under a baseline and a reform on a date, each household counted by its weight and, where it
    /// gives one, in its division: the report of <see cref="Compare(IEnumerable{HouseholdClaims}, PolicySet, PolicySet, LocalDate, Action{HouseholdChange}?, IProgress{long}?, CancellationToken)"/>
    /// with every count and sum also weighted, take-up applied to the estimates, and the regions filled in.
    /// </summary>
    /// <param name="population">The households with their weights and divisions, read once, in order.</param>
    /// <param name="baseline">The policy set in force.</param>
    /// <param name="reform">The policy set proposed.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <param name="options">The take-up rates.</param>
    /// <param name="onChange">Called for every household, in order, with both outcomes; optional.</param>
    /// <param name="progress">Told the number of households done every 10,000 households and at the end; optional.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The report, or Invalid naming every parameter missing or not in effect in either policy set and every take-up rate out of range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/>, a policy set, the options or an entry is null.</exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the caseload's type and this one requires the options, so no call can be ambiguous.")]
    public static Result<ReformReport> Compare(
        IEnumerable<SurveyHousehold> population,
        PolicySet baseline,
        PolicySet reform,
        LocalDate date,
        ReformComparisonOptions options,
        Action<HouseholdChange>? onChange = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(options);
        return Tallied(baseline, reform, date, options, progress, (tally, before, after) =>
        {
            foreach (var household in population)
            {
                ArgumentNullException.ThrowIfNull(household, nameof(population));
                cancellationToken.ThrowIfCancellationRequested();
                tally.Add(HouseholdAssessment.Assess(household.Claims, before), HouseholdAssessment.Assess(household.Claims, after), household.Weight, household.Region, onChange, progress);
            }
        });
    }

    /// <summary>
    /// Combines the reports of disjoint parts of one population, compared under the same policy sets, date and options,
    /// into the report of the whole: every count and sum is added, the income distributions and regions are merged, and
    /// the deciles are cut again from the merged distribution, so the result equals the report of one pass over all the parts.
    /// </summary>
    /// <param name="parts">The parts' reports, at least one.</param>
    /// <returns>The whole's report, or Invalid (<see cref="ErrorCodes.ComparisonPartsDiffer"/>) when the parts differ in date, policy sets, options, poverty line or budgets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is null.</exception>
    public static Result<ReformReport> Combine(IEnumerable<ReformReport> parts) => ReformReportMerge.Combine(parts);

    /// <summary>
    /// Resolves both policy sets on the date, lets the pass count every household's two outcomes, and reports; Invalid,
    /// before any household is read, naming every parameter missing or not in effect in either policy set.
    /// </summary>
    private static Result<ReformReport> Tallied(PolicySet baseline, PolicySet reform, LocalDate date, ReformComparisonOptions options, IProgress<long>? progress, Action<ReformTally, AssistanceTerms, AssistanceTerms> pass)
    {
        var before = AssistanceTerms.Resolve(baseline, date);
        var after = AssistanceTerms.Resolve(reform, date);
        var optionProblems = options.Problems().ToList();
        if (!before.IsSuccess || !after.IsSuccess || optionProblems.Count > 0)
        {
            return Result<ReformReport>.Invalid([.. before.ValidationErrors, .. after.ValidationErrors, .. optionProblems]);
        }

        var tally = new ReformTally(before.Value);
        pass(tally, before.Value, after.Value);
        progress?.Report(tally.Households);
        return tally.Report(baseline, reform, date, options);
    }
}
