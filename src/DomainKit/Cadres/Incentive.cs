using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// Encouragement and incentive (鼓励激励, IN-01, SX-IN-01, SX-IN-02): "qualitative evaluation united with
/// quantitative analysis" as a composite score, and the measures it recommends, each with its evidence.
/// </summary>
/// <remarks>
/// The composite is exact: qualitative weight × the grade's points + (1 − qualitative weight) × the indicators'
/// score, where each indicator scores its weight × its achievement (actual against target, the other way round
/// when lower is better, capped at the policy's multiple) × 100. Promotion is withheld while a promotion bar
/// holds (CA-07, CA-08, PD-04) or when the year has a step-down trigger: the result says which wins and why.
/// Tolerated mistakes are never read (SX-FT-03).
/// </remarks>
public static class Incentive
{
    /// <summary>Assesses a cadre's year for incentives, on the date a promotion would be decided.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="year">The year assessed.</param>
    /// <param name="decisionDate">The date of the decision, for the promotion bars.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The assessment; Invalid when the year has no grade or the policy lacks an incentive parameter (each named).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<IncentiveAssessment> Assess(Cadre cadre, int year, LocalDate decisionDate, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(terms);
        var errors = new List<ValidationError>();
        if (cadre.GradeIn(year) is not { } grade)
        {
            errors.Add(Errors.At("year", ErrorCodes.Required, $"The cadre has no grade for {year}."));
            grade = default;
        }

        Require(errors, terms.Indicators, CadreParameters.IncentiveIndicators);
        Require(errors, terms.GradePoints, CadreParameters.IncentiveGradePoints);
        Require(errors, terms.QualitativeWeight, CadreParameters.IncentiveQualitativeWeight);
        Require(errors, terms.AchievementCap, CadreParameters.IncentiveAchievementCap);
        Require(errors, terms.CommendationScore, CadreParameters.IncentiveCommendationScore);
        Require(errors, terms.PromotionScore, CadreParameters.IncentivePromotionScore);
        if (errors.Count > 0)
        {
            return Result<IncentiveAssessment>.Invalid(errors);
        }

        var indicators = terms.Indicators!.Value;
        var cap = terms.AchievementCap!.Value;
        var steps = new List<ExplanationStep>();
        var quantitative = 0m;
        var byBasis = new SortedDictionary<AssessmentBasis, (int Count, decimal Weight, decimal Points)>();
        foreach (var indicator in indicators.Value.Indicators)
        {
            var measured = IndicatorMeasure.For(cadre, indicator, year, terms.GradePoints!.Value.Value);
            if (measured is not var (result, quarters))
            {
                steps.Add(StepBuilder.Computed("SX-IN-02", MessageKeys.IncentiveIndicatorMissing)
                    .Arg("indicator", indicator.Id).Arg("year", year).Arg("weight", Percent(indicator.Weight.Value))
                    .Parameter(CadreParameters.IncentiveIndicators, indicators)
                    .Build());
                continue;
            }

            if (quarters > 0)
            {
                steps.Add(StepBuilder.Computed("SX-CA-09", MessageKeys.IncentiveKeyProjects)
                    .Arg("indicator", indicator.Id).Arg("count", quarters).Arg("year", year)
                    .Arg("actual", Number(decimal.Round(result.Actual, 2))).Arg("target", Number(result.Target))
                    .Parameter(CadreParameters.IncentiveGradePoints, terms.GradePoints.Value)
                    .Input($"keyProjects[{year}]", $"{quarters}")
                    .Build());
            }

            var achievement = IndicatorMeasure.Achievement(result, indicator, cap.Value.Value);
            var points = indicator.Weight.Value * achievement * 100m;
            quantitative += points;
            if (indicator.Basis is { } basis)
            {
                var (basisCount, basisWeight, basisPoints) = byBasis.GetValueOrDefault(basis);
                byBasis[basis] = (basisCount + 1, basisWeight + indicator.Weight.Value, basisPoints + points);
            }

            steps.Add(StepBuilder.Computed("SX-IN-02", MessageKeys.IncentiveIndicator)
                .Arg("indicator", indicator.Id)
                .Arg("actual", Number(result.Actual))
                .Arg("target", Number(result.Target))
                .Arg("counted", Number(decimal.Round(achievement, 4)))
                .Arg("cap", Number(cap.Value.Value))
                .Arg("weight", Percent(indicator.Weight.Value))
                .Arg("points", Number(decimal.Round(points, 2)))
                .Parameter(CadreParameters.IncentiveIndicators, indicators)
                .Parameter(CadreParameters.IncentiveAchievementCap, cap)
                .Input($"indicators[{year}].{indicator.Id}", $"{Number(result.Actual)} / {Number(result.Target)}")
                .Build());
        }

        // SX-CA-09: what each Shaanxi basis brought to the quantitative score.
        foreach (var (basis, (count, basisWeight, basisPoints)) in byBasis)
        {
            steps.Add(StepBuilder.Computed("SX-CA-09", MessageKeys.IncentiveBasis)
                .Term("basis", MessageKeys.AssessmentBasisTerm(basis))
                .Arg("count", count).Arg("weight", Percent(basisWeight)).Arg("points", Number(decimal.Round(basisPoints, 2)))
                .Parameter(CadreParameters.IncentiveIndicators, indicators)
                .Build());
        }

        var gradePoints = terms.GradePoints!.Value.Value.For(grade);
        var weight = terms.QualitativeWeight!.Value.Value.Value;
        var composite = (weight * gradePoints) + ((1m - weight) * quantitative);
        steps.Add(StepBuilder.Computed("SX-IN-01", MessageKeys.IncentiveComposite)
            .Arg("composite", Number(decimal.Round(composite, 2)))
            .Arg("qualitativeWeight", Percent(weight))
            .Arg("gradePoints", Number(gradePoints))
            .Term("grade", MessageKeys.GradeTerm(grade))
            .Arg("quantitative", Number(decimal.Round(quantitative, 2)))
            .Parameter(CadreParameters.IncentiveQualitativeWeight, terms.QualitativeWeight.Value)
            .Parameter(CadreParameters.IncentiveGradePoints, terms.GradePoints.Value)
            .Build());

        var evidence = $"assessments[{year}], composite {Number(decimal.Round(composite, 2))}";
        var recommendations = ImmutableArray.CreateBuilder<IncentiveRecommendation>();
        var commended = grade == AssessmentGrade.Excellent && composite >= terms.CommendationScore!.Value.Value;
        steps.Add(Decision("SX-IN-01", commended, commended ? MessageKeys.IncentiveCommendationYes : MessageKeys.IncentiveCommendationNo, grade, composite, terms.CommendationScore!.Value)
            .Parameter(CadreParameters.IncentiveCommendationScore, terms.CommendationScore.Value).Build());
        if (commended)
        {
            recommendations.Add(new IncentiveRecommendation(IncentiveMeasure.Commendation, "SX-IN-01", evidence));
        }

        var rewarded = grade is AssessmentGrade.Excellent or AssessmentGrade.Competent;
        steps.Add(Decision("CA-05", rewarded, rewarded ? MessageKeys.IncentiveRewardYes : MessageKeys.IncentiveRewardNo, grade, composite, terms.CommendationScore.Value).Build());
        if (rewarded)
        {
            recommendations.Add(new IncentiveRecommendation(IncentiveMeasure.AssessmentReward, "CA-05", $"assessments[{year}]"));
        }

        var bars = Promotion.BarsOn(cadre, Dates.Iso(decisionDate), terms);
        var triggers = StepDown.Review(cadre, year, terms).Findings;
        var threshold = terms.PromotionScore!.Value;
        var qualifies = rewarded && composite >= threshold.Value;
        if (!qualifies)
        {
            steps.Add(Decision("SX-IN-02", false, MessageKeys.IncentivePromotionNo, grade, composite, threshold).Parameter(CadreParameters.IncentivePromotionScore, threshold).Build());
        }
        else if (!bars.IsEmpty)
        {
            // A promotion bar wins over the score (CA-07, CA-08, PD-04): the first one that holds says until when.
            var bar = bars[0];
            steps.Add(Decision(bar.RuleId, false, MessageKeys.IncentivePromotionBarred, grade, composite, threshold)
                .Term("bar", MessageKeys.PromotionBarTerm(bar.Kind)).Arg("from", bar.From).Arg("until", bar.Until.PlusDays(-1))
                .Parameter(CadreParameters.IncentivePromotionScore, threshold).Build());
        }
        else if (!triggers.IsEmpty)
        {
            // Stepping down wins over going up (SX-PD-00): a cadre put forward to step down is not promoted the same year.
            steps.Add(Decision("SX-PD-00", false, MessageKeys.IncentivePromotionStepDown, grade, composite, threshold)
                .Arg("year", year).Terms("triggers", triggers.Select(t => MessageKeys.StepDownTriggerTerm(t.Trigger)))
                .Parameter(CadreParameters.IncentivePromotionScore, threshold).Build());
        }
        else
        {
            steps.Add(Decision("SX-IN-02", true, MessageKeys.IncentivePromotionYes, grade, composite, threshold).Parameter(CadreParameters.IncentivePromotionScore, threshold).Build());
            recommendations.Add(new IncentiveRecommendation(IncentiveMeasure.PromotionOrImportantPost, "SX-IN-02", evidence));
        }

        steps.AddRange(Tolerance.NotCounted(cadre, year));
        return new IncentiveAssessment(year, grade, gradePoints, quantitative, composite, recommendations.ToImmutable(), bars, triggers, new Explanation([.. steps]));
    }

    /// <summary>
    /// "Those able go up" (能者上, SX-IN-02): the cadres recommended for promotion for a year, the highest composite
    /// first (ties by ID, so the order is the same every time).
    /// </summary>
    /// <param name="cadres">The cadres considered.</param>
    /// <param name="year">The year assessed.</param>
    /// <param name="decisionDate">The date of the decision.</param>
    /// <param name="terms">The terms in force.</param>
    /// <returns>The ranked assessments with their IDs; Invalid when the policy lacks an incentive parameter.</returns>
    /// <exception cref="ArgumentNullException">An argument or a cadre is null.</exception>
    public static Result<ImmutableArray<(string CadreId, IncentiveAssessment Assessment)>> AbleOnesGoUp(IEnumerable<Cadre> cadres, int year, LocalDate decisionDate, CadreTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        var ranked = new List<(string, IncentiveAssessment)>();
        foreach (var cadre in cadres)
        {
            ArgumentNullException.ThrowIfNull(cadre);
            if (cadre.GradeIn(year) is null)
            {
                continue;
            }

            var assessment = Assess(cadre, year, decisionDate, terms);
            if (!assessment.IsSuccess)
            {
                return Result<ImmutableArray<(string, IncentiveAssessment)>>.Invalid(assessment.ValidationErrors);
            }

            if (assessment.Value.RecommendedForPromotion)
            {
                ranked.Add((cadre.Id, assessment.Value));
            }
        }

        return ranked.OrderByDescending(r => r.Item2.Composite).ThenBy(r => r.Item1, StringComparer.Ordinal).ToImmutableArray();
    }

    private static StepBuilder Decision(string ruleId, bool passed, string key, AssessmentGrade grade, decimal composite, DatedValue<int> threshold) =>
        StepBuilder.Test(ruleId, passed, key)
            .Term("grade", MessageKeys.GradeTerm(grade))
            .Arg("composite", Number(decimal.Round(composite, 2)))
            .Arg("threshold", threshold.Value);

    private static void Require<T>(List<ValidationError> errors, DatedValue<T>? value, PolicyParameter<T> parameter)
        where T : notnull
    {
        if (value is null)
        {
            errors.Add(PolicySet.MissingParameter(parameter));
        }
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
