using Ardalis.Result;
using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Cadres;

/// <summary>Encouragement and incentive, hand-computed (IN-01, SX-IN-01, SX-IN-02, CA-05).</summary>
public class CadreIncentiveTest
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Local = Provenance.Illustrative("Test values for the parameters no source settles");
    private static readonly LocalDate DecisionDate = new(2026, 3, 1);

    /// <summary>
    /// Shaanxi 2016 with local incentive values: output (60%, higher is better) and safety incidents (40%, lower is
    /// better); grade points 100, 85, 60, 0; the grade weighs 40%; achievement counts up to 1.2 times the target;
    /// commendation at 90, promotion at 85.
    /// </summary>
    internal static readonly PolicySet Policy = PolicySets.Shaanxi2016
        .With(CadreParameters.IncentiveIndicators, IndicatorSet.Create([new("output", Rate.Percent(60), true), new("incidents", Rate.Percent(40), false)]).Value, From, Local)
        .With(CadreParameters.IncentiveGradePoints, GradePoints.Create(100, 85, 60, 0).Value, From, Local)
        .With(CadreParameters.IncentiveQualitativeWeight, Rate.Percent(40), From, Local)
        .With(CadreParameters.IncentiveAchievementCap, Rate.FromFraction(1.2m), From, Local)
        .With(CadreParameters.IncentiveCommendationScore, 90, From, Local)
        .With(CadreParameters.IncentivePromotionScore, 85, From, Local);

    private static readonly CadreTerms Terms = CadreTerms.Resolve(Policy, DecisionDate).Value;

    private static Cadre Make(string id, AssessmentGrade grade, decimal output = 110, decimal incidents = 5, Func<CadreRecord, CadreRecord>? more = null) =>
        Cadre.Create((more ?? (r => r))(new CadreRecord
        {
            Id = id,
            Assessments = [new(2025, grade)],
            Indicators = [new(2025, "output", 100, output), new(2025, "incidents", 4, incidents)],
        })).Value;

    [Fact]
    [Trait("rule", "SX-IN-01")]
    [Trait("rule", "SX-CA-09")]
    public void TheComposite_UnitesTheGradeWithTheWeightedIndicators_AndRecommendsEveryMeasure()
    {
        // Output 110 of 100: 1.1 × 60% × 100 = 66. Incidents 5 against 4, lower is better: 0.8 × 40% × 100 = 32.
        // Composite: 40% × 100 + 60% × 98 = 98.8.
        var assessment = Incentive.Assess(Make("c-1", AssessmentGrade.Excellent), 2025, DecisionDate, Terms).Value;
        Assert.Equal(98m, assessment.QuantitativeScore);
        Assert.Equal(98.8m, assessment.Composite);
        Assert.Equal(
            [IncentiveMeasure.Commendation, IncentiveMeasure.AssessmentReward, IncentiveMeasure.PromotionOrImportantPost],
            assessment.Recommendations.Select(r => r.Measure));
        Assert.All(assessment.Recommendations, r => Assert.StartsWith("assessments[2025]", r.Evidence, StringComparison.Ordinal));
        var chinese = assessment.Explanation.Render(Language.ChineseSimplified);
        Assert.Contains("综合得分 98.8", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("{", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ACompetentYear_IsRewardedAndMayGoUp_ButOnlyExcellenceIsCommended()
    {
        // 40% × 85 + 58.8 = 92.8.
        var assessment = Incentive.Assess(Make("c-2", AssessmentGrade.Competent), 2025, DecisionDate, Terms).Value;
        Assert.Equal(92.8m, assessment.Composite);
        Assert.Equal([IncentiveMeasure.AssessmentReward, IncentiveMeasure.PromotionOrImportantPost], assessment.Recommendations.Select(r => r.Measure));
        var basic = Incentive.Assess(Make("c-3", AssessmentGrade.BasicallyCompetent), 2025, DecisionDate, Terms).Value;
        Assert.Empty(basic.Recommendations);
    }

    [Fact]
    [Trait("rule", "SX-IN-01")]
    [Trait("rule", "SX-IN-02")]
    public void AScoreEqualToTheThreshold_Qualifies()
    {
        // Competent: 40% × 85 + 60% × (60% × 100/100 + 40% × 4/6.4) × 100 = 34 + 51 = 85, the promotion score.
        var atPromotion = Incentive.Assess(Make("c-4", AssessmentGrade.Competent, 100, 6.4m), 2025, DecisionDate, Terms).Value;
        Assert.Equal(85m, atPromotion.Composite);
        Assert.True(atPromotion.RecommendedForPromotion);

        // Excellent: 40% × 100 + 60% × (60% × 45/100 + 40% × the cap for no incidents, 1.2) × 100 = 40 + 45 = 85,
        // here also the commendation score.
        var commendAt85 = CadreTerms.Resolve(Policy.With(CadreParameters.IncentiveCommendationScore, 85, From, Local), DecisionDate).Value;
        var atCommendation = Incentive.Assess(Make("c-5", AssessmentGrade.Excellent, 45, 0), 2025, DecisionDate, commendAt85).Value;
        Assert.Equal(85m, atCommendation.Composite);
        Assert.Contains(atCommendation.Recommendations, r => r.Measure == IncentiveMeasure.Commendation);
        Assert.False(Incentive.Assess(Make("c-5", AssessmentGrade.Excellent, 45, 0), 2025, DecisionDate, Terms).Value.Recommendations.Any(r => r.Measure == IncentiveMeasure.Commendation));
    }

    [Fact]
    public void TheAbleOnes_NeedTheIncentiveParameters()
    {
        var withoutThem = CadreTerms.Resolve(PolicySets.Shaanxi2016, DecisionDate).Value;
        var ranked = Incentive.AbleOnesGoUp([Make("c-6", AssessmentGrade.Excellent)], 2025, DecisionDate, withoutThem);
        Assert.Equal(ResultStatus.Invalid, ranked.Status);
        Assert.Contains(ranked.ValidationErrors, e => e.ErrorCode == ErrorCodes.ParameterMissing);
    }

    [Fact]
    public void Achievement_CountsUpToTheCap_AndAMissingResultCountsAsNothing()
    {
        // Output 200 of 100 counts as 1.2: 72; incidents 0 counts as the cap: 48. Quantitative 120.
        Assert.Equal(120m, Incentive.Assess(Make("c-4", AssessmentGrade.Competent, output: 200, incidents: 0), 2025, DecisionDate, Terms).Value.QuantitativeScore);
        var missing = Cadre.Create(new CadreRecord { Id = "c-5", Assessments = [new(2025, AssessmentGrade.Excellent)], Indicators = [new(2025, "output", 100, 100)] }).Value;
        var assessment = Incentive.Assess(missing, 2025, DecisionDate, Terms).Value;
        Assert.Equal(60m, assessment.QuantitativeScore);
        Assert.Contains(assessment.Explanation.Steps, s => s.MessageKey == "in.indicator.missing");
    }

    [Fact]
    public void Promotion_IsWithheld_WhenABarHolds_OrTheYearHasAStepDownTrigger_AndTheResultSaysWhy()
    {
        var sanctioned = Make("c-6", AssessmentGrade.Excellent, more: r => r with { Sanctions = [new(SanctionKind.Demerit, new LocalDate(2026, 1, 10))] });
        var barred = Incentive.Assess(sanctioned, 2025, DecisionDate, Terms).Value;
        Assert.False(barred.RecommendedForPromotion);
        Assert.Equal(PromotionBarKind.SanctionPeriod, Assert.Single(barred.PromotionBars).Kind);
        Assert.Contains("bars it from 2026-01-10 up to and including 2027-01-09: the bar wins", barred.Explanation.Render(Language.English), StringComparison.Ordinal);
        Assert.Contains("期间自 2026-01-10 起至 2027-01-09（含）不得提拔", barred.Explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);

        // The period counts from the day the decision takes effect, that day included (CA-08), not as GEN-01 counts a deadline.
        var barStep = Assert.Single(barred.Explanation.Steps, s => s.MessageKey == MessageKeys.IncentivePromotionBarred);
        Assert.Equal("CA-08", barStep.RuleId);
        Assert.DoesNotContain(barred.Explanation.Steps, s => s.RuleId == "GEN-01");
        Assert.Empty(Incentive.Assess(sanctioned, 2025, new LocalDate(2026, 1, 9), Terms).Value.PromotionBars);

        // A year later the period is over.
        Assert.True(Incentive.Assess(sanctioned, 2025, new LocalDate(2027, 1, 10), Terms).Value.RecommendedForPromotion);

        var doubted = Make("c-7", AssessmentGrade.Excellent, more: r => r with { Appraisals = [new AppraisalVotes(2025, 10, 50, 20, 20, 100)] });
        var stepDown = Incentive.Assess(doubted, 2025, DecisionDate, Terms).Value;
        Assert.False(stepDown.RecommendedForPromotion);
        Assert.Equal(StepDownTrigger.AppraisalVotes, Assert.Single(stepDown.StepDownTriggers).Trigger);
        Assert.Contains("stepping down wins", stepDown.Explanation.Render(Language.English), StringComparison.Ordinal);
        Assert.Contains(IncentiveMeasure.Commendation, stepDown.Recommendations.Select(r => r.Measure));
    }

    [Fact]
    [Trait("rule", "PD-04")]
    public void AfterADemotion_PromotionIsBarredForTheReuseYears_AndTheResultCitesPd04()
    {
        // Shaanxi: a demotion on 2025-06-01 bars promotion for reuseBarAfterDemotionYears (2): through 2027-05-31.
        var demoted = Make("c-8", AssessmentGrade.Excellent, more: r => r with { Adjustments = [new Adjustment(new LocalDate(2025, 6, 1), AdjustmentMethod.Demotion, false)] });
        var barred = Incentive.Assess(demoted, 2025, DecisionDate, Terms).Value;
        Assert.False(barred.RecommendedForPromotion);
        Assert.Equal(PromotionBarKind.AfterDemotion, Assert.Single(barred.PromotionBars).Kind);
        var step = Assert.Single(barred.Explanation.Steps, s => s.MessageKey == MessageKeys.IncentivePromotionBarred);
        Assert.Equal("PD-04", step.RuleId);
        Assert.Contains("up to and including 2027-05-31", step.Reason(Language.English), StringComparison.Ordinal);
        Assert.True(Incentive.Assess(demoted, 2025, new LocalDate(2027, 6, 1), Terms).Value.RecommendedForPromotion);
    }

    [Fact]
    public void TheAbleGoUp_RankedByComposite_ThenById()
    {
        Cadre[] cadres =
        [
            Make("c-b", AssessmentGrade.Competent),
            Make("c-a", AssessmentGrade.Excellent),
            Make("c-c", AssessmentGrade.Excellent, more: r => r with { Sanctions = [new(SanctionKind.Warning, new LocalDate(2026, 2, 1))] }),
            Make("c-d", AssessmentGrade.Competent),
        ];
        var ranked = Incentive.AbleOnesGoUp(cadres, 2025, DecisionDate, Terms).Value;
        Assert.Equal(["c-a", "c-b", "c-d"], ranked.Select(r => r.CadreId));
    }

    [Fact]
    public void WithoutTheLocalValues_TheAssessmentNamesEveryMissingParameter()
    {
        var bare = CadreTerms.Resolve(PolicySets.Shaanxi2016, DecisionDate).Value;
        var refused = Incentive.Assess(Make("c-1", AssessmentGrade.Excellent), 2025, DecisionDate, bare);
        Assert.Equal(6, refused.ValidationErrors.Count(e => e.ErrorCode == ErrorCodes.ParameterMissing));
    }

    [Fact]
    public void IndicatorWeights_MustAddUpTo100Percent_AndGradePointsMustNotRewardAWorseGrade()
    {
        var sets = IndicatorSet.Create([new("a", Rate.Percent(60), true), new("b", Rate.Percent(30), true)]);
        Assert.Equal(ErrorCodes.CadreWeightsNot100, sets.ValidationErrors.Single().ErrorCode);
        Assert.Contains("90%", sets.ValidationErrors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.CadreDuplicate, IndicatorSet.Create([new("a", Rate.Percent(50), true), new("a", Rate.Percent(50), true)]).ValidationErrors.Single().ErrorCode);
        Assert.False(GradePoints.Create(90, 95, 60, 0).IsSuccess);
        Assert.False(GradePoints.Create(100, 85, 60, -1).IsSuccess);
    }

    [Fact]
    public void TheIncentiveTables_RoundTripThroughAPolicyFile()
    {
        // An edited preset is written under an ID of its own: a file may not claim a bundled set's ID.
        var written = PolicySetJson.Write(Policy).Replace("\"id\": \"shaanxi-2016\"", "\"id\": \"shaanxi-2016-local\"", StringComparison.Ordinal);
        var read = PolicySetJson.Parse(written).Value;
        Assert.Equal(Terms.Indicators!.Value.Value, CadreTerms.Resolve(read, DecisionDate).Value.Indicators!.Value.Value);
        Assert.Equal(Terms.GradePoints!.Value.Value, CadreTerms.Resolve(read, DecisionDate).Value.GradePoints!.Value.Value);
    }
}
