using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Cadres;

/// <summary>
/// A year's incentive assessment (IN-01, SX-IN-01, SX-IN-02): the composite score that unites the grade with the
/// weighted indicators, the measures recommended, and, when promotion is withheld, what withholds it.
/// </summary>
/// <param name="Year">The year assessed.</param>
/// <param name="Grade">The year's grade.</param>
/// <param name="GradePoints">The grade's points.</param>
/// <param name="QuantitativeScore">The indicators' weighted score, out of 100 (more when targets are beaten, up to the cap).</param>
/// <param name="Composite">The composite score, exact.</param>
/// <param name="Recommendations">The measures recommended, in measure order.</param>
/// <param name="PromotionBars">The promotion bars holding on the decision date; any one withholds promotion.</param>
/// <param name="StepDownTriggers">The year's step-down triggers; any one withholds promotion, for stepping down wins.</param>
/// <param name="Explanation">The steps, citing each rule and parameter.</param>
public sealed record IncentiveAssessment(
    int Year,
    AssessmentGrade Grade,
    decimal GradePoints,
    decimal QuantitativeScore,
    decimal Composite,
    ImmutableArray<IncentiveRecommendation> Recommendations,
    ImmutableArray<PromotionBar> PromotionBars,
    ImmutableArray<StepDownFinding> StepDownTriggers,
    Explanation Explanation)
{
    /// <summary>Whether the cadre is recommended for promotion or an important post.</summary>
    public bool RecommendedForPromotion => Recommendations.Any(r => r.Measure == IncentiveMeasure.PromotionOrImportantPost);

    /// <inheritdoc/>
    public bool Equals(IncentiveAssessment? other) =>
        other is not null && Year == other.Year && Grade == other.Grade && Composite == other.Composite
        && Recommendations.SequenceEqual(other.Recommendations) && PromotionBars.SequenceEqual(other.PromotionBars) && StepDownTriggers.SequenceEqual(other.StepDownTriggers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Grade, Composite, Recommendations.Length);
}
