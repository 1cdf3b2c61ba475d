using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Cadres;

/// <summary>
/// Up and down (能上能下): the triggers that put a cadre forward to step down, each classed as the seed classes
/// those who step down (SX-PD-00: mediocre, derelict, unfit), and the ways down (PD-03, PD-05).
/// </summary>
/// <remarks>
/// Tolerated mistakes (FT-02) are never read: a tolerated mistake cannot trigger a step-down (SX-FT-03). Grades,
/// unit ratings and appraisal votes class a cadre as mediocre or unfit; sanctions and failed corrections as derelict.
/// </remarks>
public static class StepDown
{
    /// <summary>The ways down of each list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The ways, in their order.</returns>
    public static ImmutableArray<AdjustmentMethod> MethodsOf(AdjustmentMethodList list) => list == AdjustmentMethodList.Shaanxi
        ? [AdjustmentMethod.Transfer, AdjustmentMethod.NonLeadingPost, AdjustmentMethod.ResignationTakingBlame, AdjustmentMethod.OrderedToResign]
        : [AdjustmentMethod.Transfer, AdjustmentMethod.NonLeadingPost, AdjustmentMethod.Removal, AdjustmentMethod.Demotion];

    /// <summary>
    /// Reviews a year: graded incompetent (PD-07 (3), CA-03) or the policy's years running (CA-04); basically
    /// competent the policy's years running (PD-07 (3), CA-07); for a principal leader, the unit rated average the
    /// policy's years running or poor (PD-07 (1)); appraisal votes of basically competent and incompetent together at
    /// or above the combined share with incompetent above its own share (PD-07 (2)); a sanction of demotion or removal imposed
    /// in the year (PD-01; a warning, demerit or major demerit only bars promotion, CA-08); a correction order found not carried out in the year (SX-FT-03).
    /// </summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="year">The year.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StepDownReview Review(Cadre cadre, int year, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(terms);
        var findings = ImmutableArray.CreateBuilder<StepDownFinding>();
        var steps = new List<ExplanationStep>();

        void Test(bool found, StepDownTrigger trigger, StepDownCategory category, string ruleId, string evidence, StepBuilder step)
        {
            if (found)
            {
                findings.Add(new StepDownFinding(trigger, category, ruleId, evidence));
            }

            steps.Add(step.Build());
        }

        var grade = cadre.GradeIn(year);
        var incompetentRun = grade == AssessmentGrade.Incompetent ? Assessment.YearsRunning(cadre, year, AssessmentGrade.Incompetent) : 0;
        var basicRun = grade == AssessmentGrade.BasicallyCompetent ? Assessment.YearsRunning(cadre, year, AssessmentGrade.BasicallyCompetent) : 0;
        Test(grade == AssessmentGrade.Incompetent, StepDownTrigger.IncompetentYear, StepDownCategory.Mediocre, "PD-07", $"assessments[{year}]",
            StepBuilder.Test("PD-07", grade == AssessmentGrade.Incompetent, MessageKeys.StepDown(StepDownTrigger.IncompetentYear, grade == AssessmentGrade.Incompetent)).Arg("year", year));
        if (incompetentRun >= terms.IncompetentYearsToDismissal.Value)
        {
            Test(true, StepDownTrigger.IncompetentYearsRunning, StepDownCategory.Mediocre, "CA-04", $"assessments[{year - incompetentRun + 1}..{year}]",
                StepBuilder.Test("CA-04", true, MessageKeys.StepDown(StepDownTrigger.IncompetentYearsRunning, true)).Arg("year", year).Arg("running", incompetentRun)
                    .Parameter(CadreParameters.IncompetentYearsToDismissal, terms.IncompetentYearsToDismissal));
        }

        var basicFound = basicRun >= terms.BasicallyCompetentYearsToDemotion.Value;
        Test(basicFound, StepDownTrigger.BasicallyCompetentYearsRunning, StepDownCategory.Mediocre, "PD-07", $"assessments[{year - Math.Max(basicRun, 1) + 1}..{year}]",
            StepBuilder.Test("PD-07", basicFound, MessageKeys.StepDown(StepDownTrigger.BasicallyCompetentYearsRunning, basicFound)).Arg("year", year).Arg("running", basicRun)
                .Parameter(CadreParameters.BasicallyCompetentYearsToDemotion, terms.BasicallyCompetentYearsToDemotion));

        if (cadre.PrincipalLeader)
        {
            var rating = cadre.UnitRatings.FirstOrDefault(u => u.Year == year)?.Rating;
            var averageRun = 0;
            while (cadre.UnitRatings.FirstOrDefault(u => u.Year == year - averageRun)?.Rating == UnitRating.Average)
            {
                averageRun++;
            }

            var averageFound = averageRun >= terms.UnitAverageYears.Value;
            Test(averageFound, StepDownTrigger.UnitAverageYearsRunning, StepDownCategory.Mediocre, "PD-07", $"unitRatings[{year}]",
                StepBuilder.Test("PD-07", averageFound, MessageKeys.StepDown(StepDownTrigger.UnitAverageYearsRunning, averageFound)).Arg("year", year).Arg("running", averageRun)
                    .Parameter(CadreParameters.UnitAverageYears, terms.UnitAverageYears));
            Test(rating == UnitRating.Poor, StepDownTrigger.UnitPoor, StepDownCategory.Mediocre, "PD-07", $"unitRatings[{year}]",
                StepBuilder.Test("PD-07", rating == UnitRating.Poor, MessageKeys.StepDown(StepDownTrigger.UnitPoor, rating == UnitRating.Poor)).Arg("year", year));
        }

        if (cadre.Appraisals.FirstOrDefault(a => a.Year == year) is { } votes)
        {
            // Exact shares: (basically competent + incompetent) >= 30% × cast, and incompetent > 15% × cast.
            var combined = votes.BasicallyCompetent + votes.Incompetent;
            var combinedAtLeast = combined >= terms.AppraisalCombinedShare.Value.Value * votes.Cast;
            var incompetentAbove = votes.Incompetent > terms.AppraisalIncompetentShare.Value.Value * votes.Cast;
            Test(combinedAtLeast && incompetentAbove, StepDownTrigger.AppraisalVotes, StepDownCategory.Unfit, "PD-07", $"appraisals[{year}]",
                StepBuilder.Test("PD-07", combinedAtLeast && incompetentAbove, MessageKeys.StepDown(StepDownTrigger.AppraisalVotes, combinedAtLeast && incompetentAbove))
                    .Arg("year", year).Arg("combined", combined).Arg("incompetent", votes.Incompetent).Arg("cast", votes.Cast)
                    .Arg("combinedShare", CadreParameters.AppraisalCombinedShare.Format(terms.AppraisalCombinedShare.Value))
                    .Arg("incompetentShare", CadreParameters.AppraisalIncompetentShare.Format(terms.AppraisalIncompetentShare.Value))
                    .Parameter(CadreParameters.AppraisalCombinedShare, terms.AppraisalCombinedShare)
                    .Parameter(CadreParameters.AppraisalIncompetentShare, terms.AppraisalIncompetentShare));
        }

        // Only a sanction that itself lowers the post (降级、撤职) is a way down for a violation (PD-01); a warning or
        // a demerit bars promotion for its period (CA-08) and is not by itself a trigger.
        var sanctions = cadre.Sanctions.Count(s => s.ImposedOn.Year == year && s.Kind == SanctionKind.DemotionOrRemoval);
        Test(sanctions > 0, StepDownTrigger.Sanction, StepDownCategory.Derelict, "PD-01", $"sanctions[{year}]",
            StepBuilder.Test("PD-01", sanctions > 0, MessageKeys.StepDown(StepDownTrigger.Sanction, sanctions > 0)).Arg("year", year).Arg("count", sanctions));
        var failed = cadre.Corrections.Count(c => c.Outcome == CorrectionOutcome.NotCorrected && c.FollowedUpOn?.Year == year);
        Test(failed > 0, StepDownTrigger.CorrectionFailed, StepDownCategory.Derelict, "SX-FT-03", $"corrections[{year}]",
            StepBuilder.Test("SX-FT-03", failed > 0, MessageKeys.StepDown(StepDownTrigger.CorrectionFailed, failed > 0)).Arg("year", year).Arg("count", failed));

        ReviewUnfitFindings(cadre, year, terms, findings, steps);
        steps.Add(EvidenceBySource(cadre, year));
        steps.AddRange(Tolerance.NotCounted(cadre, year));
        var methods = MethodsOf(terms.AdjustmentMethods.Value);
        steps.Add(StepBuilder.Computed(terms.AdjustmentMethods.Value == AdjustmentMethodList.Shaanxi ? "PD-05" : "PD-03", MessageKeys.StepDownMethods)
            .Terms("methods", methods.Select(MessageKeys.AdjustmentMethodTerm))
            .Parameter(CadreParameters.AdjustmentMethods, terms.AdjustmentMethods)
            .Build());
        var ordered = findings.OrderBy(f => f.Trigger).ToImmutableArray();
        return new StepDownReview(year, ordered, methods, new Explanation([.. steps]));
    }

    /// <summary>
    /// PD-02: an unfit situation of the policy's list is a trigger in the year its remedy (reminder, inquiry or
    /// admonition) was followed up and found not corrected; before that, or once corrected, it is not. Each finding
    /// still open in the year, or closed in it, gets a step saying which.
    /// </summary>
    private static void ReviewUnfitFindings(Cadre cadre, int year, CadreTerms terms, ImmutableArray<StepDownFinding>.Builder findings, List<ExplanationStep> steps)
    {
        var listed = terms.UnfitSituations.Value;
        var found = false;
        foreach (var finding in cadre.UnfitFindings.Where(f => f.FoundOn.Year <= year && (f.FollowedUpOn is not { } on || on.Year >= year)))
        {
            var failed = finding.Outcome == CorrectionOutcome.NotCorrected && finding.FollowedUpOn?.Year == year;
            var key = !listed.Contains(finding.Situation) ? MessageKeys.UnfitNotListed
                : failed ? MessageKeys.StepDown(StepDownTrigger.UnfitAfterRemedy, true)
                : finding.Remedy is null ? MessageKeys.UnfitNoRemedy
                : finding.Outcome == CorrectionOutcome.Corrected && finding.FollowedUpOn?.Year == year ? MessageKeys.UnfitCorrected
                : MessageKeys.UnfitRemedyPending;
            var counts = failed && listed.Contains(finding.Situation);
            if (counts)
            {
                found = true;
                findings.Add(new StepDownFinding(StepDownTrigger.UnfitAfterRemedy, StepDownCategory.Unfit, "PD-02", $"unfitFindings[{finding.Id}]") { Source = finding.Source });
            }

            var step = StepBuilder.Test("PD-02", counts, key)
                .Term("situation", MessageKeys.UnfitSituationTerm(finding.Situation))
                .Arg("foundOn", finding.FoundOn)
                .Term("source", MessageKeys.EvidenceSourceTerm(finding.Source))
                .Parameter(CadreParameters.UnfitSituations, terms.UnfitSituations)
                .Input($"unfitFindings[{finding.Id}].situation", Serialization.EnumTokens<UnfitSituation>.ToToken(finding.Situation), MessageKeys.UnfitSituationTerm(finding.Situation));
            if (finding.Remedy is { } remedy && finding.RemediedOn is { } remediedOn)
            {
                step.Term("remedy", MessageKeys.UnfitRemedyTerm(remedy)).Arg("remediedOn", remediedOn);
            }

            if (finding.FollowedUpOn is { } followedUpOn)
            {
                step.Arg("followedUpOn", followedUpOn);
            }

            steps.Add(step.Build());
        }

        if (!found)
        {
            steps.Add(StepBuilder.Test("PD-02", false, MessageKeys.StepDown(StepDownTrigger.UnfitAfterRemedy, false)).Arg("year", year)
                .Parameter(CadreParameters.UnfitSituations, terms.UnfitSituations).Build());
        }
    }

    /// <summary>SX-PD-00: the evidence of the year by where it came from, statistics, audit or inspection.</summary>
    private static ExplanationStep EvidenceBySource(Cadre cadre, int year)
    {
        var ofYear = cadre.UnfitFindings.Where(f => f.FoundOn.Year == year).ToList();
        if (ofYear.Count == 0)
        {
            return StepBuilder.Computed("SX-PD-00", MessageKeys.EvidenceNone).Arg("year", year).Build();
        }

        return StepBuilder.Computed("SX-PD-00", MessageKeys.EvidenceBySource)
            .Arg("year", year)
            .Arg("statistics", ofYear.Count(f => f.Source == EvidenceSource.Statistics))
            .Arg("audit", ofYear.Count(f => f.Source == EvidenceSource.Audit))
            .Arg("inspection", ofYear.Count(f => f.Source == EvidenceSource.Inspection))
            .Build();
    }
}
