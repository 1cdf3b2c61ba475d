using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Cadres;

/// <summary>
/// The Shaanxi bases feeding the annual assessment and the incentive (SX-CA-09), and the ten unfit situations
/// as evidence by source that counts only after a failed reminder or admonition (PD-02, SX-PD-00), worked by hand.
/// </summary>
public class CadreBasesTest
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Local = Provenance.Illustrative("Test values for the parameters no source settles");
    private static readonly LocalDate DecisionDate = new(2026, 3, 1);

    /// <summary>
    /// The incentive test's policy (Shaanxi 2016; grade points 100, 85, 60, 0; the grade weighs 40%; achievement up to
    /// 1.2 times the target; commendation at 90, promotion at 85) with one indicator per basis: targets met (30%), GDP
    /// growth (20%), people lifted out of poverty (20%) and key projects (30%, measured from the quarterly grades).
    /// </summary>
    private static readonly PolicySet Policy = CadreIncentiveTest.Policy
        .With(CadreParameters.IncentiveIndicators, IndicatorSet.Create(
        [
            new("targets", Rate.Percent(30), true) { Basis = AssessmentBasis.TargetResponsibility },
            new("gdp", Rate.Percent(20), true) { Basis = AssessmentBasis.DevelopmentMonitoring },
            new("lifted", Rate.Percent(20), true) { Basis = AssessmentBasis.PovertyAlleviation },
            new("projects", Rate.Percent(30), true) { Basis = AssessmentBasis.KeyProjects },
        ]).Value, From, Local);

    private static readonly CadreTerms Terms = CadreTerms.Resolve(Policy, DecisionDate).Value;

    private static Cadre WithBases(AssessmentGrade grade, bool quarters = true, Func<CadreRecord, CadreRecord>? more = null) =>
        Cadre.Create((more ?? (r => r))(new CadreRecord
        {
            Id = "county-head",
            Assessments = [new(2025, grade)],
            Indicators = [new(2025, "targets", 100, 100), new(2025, "gdp", 8, 6), new(2025, "lifted", 200, 240)],
            KeyProjects = quarters
                ? [new(2025, 1, "bridge", AssessmentGrade.Excellent), new(2025, 2, "bridge", AssessmentGrade.Competent), new(2025, 3, "bridge", AssessmentGrade.Competent), new(2025, 4, "bridge", AssessmentGrade.BasicallyCompetent)]
                : [],
        })).Value;

    [Fact]
    public void SxCa09_EachBasisFeedsTheComposite_KeyProjectsJudgedByTheirQuarterlyResults()
    {
        // targets 100/100 → 1.0 × 30% × 100 = 30; gdp 6/8 → 0.75 × 20% × 100 = 15; lifted 240/200 = 1.2 (the cap) × 20% × 100 = 24;
        // key projects: quarters 100, 85, 85, 60 average 82.5 against 85 for competent → 82.5/85 × 30% × 100 = 29.1176...
        var assessment = Incentive.Assess(WithBases(AssessmentGrade.Competent), 2025, DecisionDate, Terms).Value;
        var projects = 82.5m / 85m * 0.3m * 100m;
        Assert.Equal(30m + 15m + 24m + projects, assessment.QuantitativeScore);
        Assert.Equal(92.87m, decimal.Round(assessment.Composite, 2)); // 40% × 85 + 60% × 98.1176...

        var bases = assessment.Explanation.Steps.Where(s => s.RuleId == "SX-CA-09").ToList();
        Assert.Equal(5, bases.Count); // the key-project measurement, then one step per basis
        var chinese = assessment.Explanation.Render(Language.ChineseSimplified);
        Assert.Contains("按 2025 年 4 次重点项目季度考核计，平均 82.5 分，以称职 85 分为目标", chinese, StringComparison.Ordinal);
        Assert.Contains("脱贫攻坚成效考核：1 项指标，权重 20%，计 24 分。", chinese, StringComparison.Ordinal);
        Assert.Contains("县域经济社会发展监测：1 项指标，权重 20%，计 15 分。", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void SxCa09_WithoutQuarterlyGrades_TheKeyProjectBasisCountsNothing_AndAnOwnResultWins()
    {
        // 30 + 15 + 24 = 69; 40% × 85 + 60% × 69 = 75.4: below the promotion score of 85.
        var none = Incentive.Assess(WithBases(AssessmentGrade.Competent, quarters: false), 2025, DecisionDate, Terms).Value;
        Assert.Equal(69m, none.QuantitativeScore);
        Assert.Equal(75.4m, none.Composite);
        Assert.False(none.RecommendedForPromotion);

        // A result recorded for the indicator itself is read before the quarters: 100/100 → 30 points.
        var own = Incentive.Assess(WithBases(AssessmentGrade.Competent, more: r => r with { Indicators = r.Indicators.Add(new(2025, "projects", 100, 100)) }), 2025, DecisionDate, Terms).Value;
        Assert.Equal(99m, own.QuantitativeScore);
    }

    [Fact]
    public void SxCa09_TheAnnualAssessmentShowsEachBasis_WithItsAchievement()
    {
        var consequences = Assessment.Consequences(WithBases(AssessmentGrade.Competent), 2025, Terms).Value;
        Assert.Equal(
            [
                new BasisResult(AssessmentBasis.TargetResponsibility, 1, 1m),
                new BasisResult(AssessmentBasis.DevelopmentMonitoring, 1, 0.75m),
                new BasisResult(AssessmentBasis.PovertyAlleviation, 1, 1.2m),
            ],
            consequences.Bases.Take(3));

        // 82.5 / 85, weighted by the indicator's 30% and divided by it again: equal to 20 decimal places.
        Assert.Equal((AssessmentBasis.KeyProjects, 1), (consequences.Bases[3].Basis, consequences.Bases[3].Indicators));
        Assert.Equal(decimal.Round(82.5m / 85m, 20), decimal.Round(consequences.Bases[3].Achievement!.Value, 20));
        Assert.Equal(4, consequences.Explanation.Steps.Count(s => s.RuleId == "SX-CA-09"));
        Assert.Contains("2025 年县域经济社会发展监测：1 项指标有结果，加权平均完成目标的 75%。", consequences.Explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);

        var noQuarters = Assessment.Consequences(WithBases(AssessmentGrade.Competent, quarters: false), 2025, Terms).Value;
        Assert.Equal(new BasisResult(AssessmentBasis.KeyProjects, 0, null), noQuarters.Bases[^1]);

        // A policy without indicators shows no bases.
        Assert.Empty(Assessment.Consequences(WithBases(AssessmentGrade.Competent), 2025, CadreTerms.Resolve(PolicySets.Shaanxi2016, DecisionDate).Value).Value.Bases);
    }

    [Fact]
    public void SxCa09_TheBasisOfAnIndicatorIsPolicyData_ReadAndWrittenWithTheSet()
    {
        // An edited preset is written under an ID of its own: a file may not claim a bundled set's ID.
        var read = PolicySetJson.Parse(PolicySetJson.Write(Policy).Replace("\"id\": \"shaanxi-2016\"", "\"id\": \"shaanxi-2016-local\"", StringComparison.Ordinal));
        Assert.True(read.IsSuccess);
        Assert.Equal(Terms.Indicators!.Value.Value, CadreTerms.Resolve(read.Value, DecisionDate).Value.Indicators!.Value.Value);
        Assert.Contains("\"basis\": \"keyProjects\"", PolicySetJson.Write(Policy), StringComparison.Ordinal);
    }

    private static UnfitFinding Inaction(string id, LocalDate found, EvidenceSource source) => new(id, UnfitSituation.InactionInOffice, found, source);

    private static Cadre Competent(params UnfitFinding[] findings) => Cadre.Create(new CadreRecord
    {
        Id = "deputy-head",
        Assessments = [new(2025, AssessmentGrade.Competent), new(2026, AssessmentGrade.Competent)],
        UnfitFindings = [.. findings],
    }).Value;

    [Fact]
    public void Pd02_AnUnfitSituationIsATrigger_OnlyOnceTheAdmonitionFailed()
    {
        var found = new LocalDate(2025, 3, 10);
        var failed = Inaction("f-1", found, EvidenceSource.Inspection) with
        {
            Remedy = UnfitRemedy.Admonition, RemediedOn = new(2025, 4, 1), Outcome = CorrectionOutcome.NotCorrected, FollowedUpOn = new(2025, 10, 15),
        };
        var review = StepDown.Review(Competent(failed), 2025, Terms);
        var finding = Assert.Single(review.Findings);
        Assert.Equal((StepDownTrigger.UnfitAfterRemedy, StepDownCategory.Unfit, "PD-02", "unfitFindings[f-1]", (EvidenceSource?)EvidenceSource.Inspection), (finding.Trigger, finding.Category, finding.RuleId, finding.Evidence, finding.Source));
        Assert.Contains("2025-03-10 经巡察发现“为官不为、庸懒散拖”，2025-04-01 经诫勉后，2025-10-15 跟踪核查仍未改正", review.Explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);

        // Found, but no remedy yet; remedied and not yet followed up; corrected: none is a trigger.
        Assert.False(StepDown.Review(Competent(Inaction("f-2", found, EvidenceSource.Audit)), 2025, Terms).StepsDown);
        Assert.False(StepDown.Review(Competent(failed with { Outcome = null, FollowedUpOn = null }), 2025, Terms).StepsDown);
        Assert.False(StepDown.Review(Competent(failed with { Outcome = CorrectionOutcome.Corrected }), 2025, Terms).StepsDown);

        // Followed up in 2026: 2025 was still pending, 2026 is the year of the trigger.
        var late = failed with { FollowedUpOn = new(2026, 2, 1) };
        Assert.False(StepDown.Review(Competent(late), 2025, Terms).StepsDown);
        Assert.True(StepDown.Review(Competent(late), 2026, Terms).StepsDown);
    }

    [Fact]
    public void Pd02_ASituationThePolicyDoesNotList_IsNotCounted()
    {
        var narrow = CadreTerms.Resolve(
            Policy.With(CadreParameters.UnfitSituations, EnumSets.Of(UnfitSituation.InactionInOffice, UnfitSituation.DutiesNotPerformed), From, Local),
            DecisionDate).Value;
        var abroad = new UnfitFinding("f-3", UnfitSituation.FamilySettledAbroad, new(2025, 3, 10), EvidenceSource.Statistics)
        {
            Remedy = UnfitRemedy.Reminder, RemediedOn = new(2025, 3, 20), Outcome = CorrectionOutcome.NotCorrected, FollowedUpOn = new(2025, 6, 1),
        };
        Assert.True(StepDown.Review(Competent(abroad), 2025, Terms).StepsDown);
        var review = StepDown.Review(Competent(abroad), 2025, narrow);
        Assert.False(review.StepsDown);
        Assert.Contains("不在本政策所列不适宜担任现职情形之内", review.Explanation.Render(Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Fact]
    public void SxPd00_TheReviewCountsTheYearsEvidenceBySource()
    {
        var cadre = Competent(
            Inaction("f-4", new(2025, 2, 1), EvidenceSource.Audit),
            Inaction("f-5", new(2025, 5, 1), EvidenceSource.Inspection),
            Inaction("f-6", new(2025, 7, 1), EvidenceSource.Inspection),
            Inaction("f-7", new(2024, 7, 1), EvidenceSource.Statistics));
        var chinese = StepDown.Review(cadre, 2025, Terms).Explanation.Render(Language.ChineseSimplified);
        Assert.Contains("2025 年发现的调整依据按来源：统计 0 项，审计 1 项，巡察 2 项。", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Pd02_AFailedAdmonitionStopsAPromotion_TheIncentiveReadsTheTrigger()
    {
        var failed = Inaction("f-8", new(2025, 3, 10), EvidenceSource.Inspection) with
        {
            Remedy = UnfitRemedy.Inquiry, RemediedOn = new(2025, 4, 1), Outcome = CorrectionOutcome.NotCorrected, FollowedUpOn = new(2025, 10, 15),
        };
        var clean = Incentive.Assess(WithBases(AssessmentGrade.Excellent), 2025, DecisionDate, Terms).Value;
        var flagged = Incentive.Assess(WithBases(AssessmentGrade.Excellent, more: r => r with { UnfitFindings = [failed] }), 2025, DecisionDate, Terms).Value;
        Assert.True(clean.RecommendedForPromotion);
        Assert.False(flagged.RecommendedForPromotion);
        Assert.Equal(StepDownTrigger.UnfitAfterRemedy, Assert.Single(flagged.StepDownTriggers).Trigger);
    }

    [Fact]
    public void Pd02_AFindingIsCheckedAsEvidence_AFollowUpWithoutARemedyIsRefused()
    {
        var result = Cadre.Create(new CadreRecord
        {
            Id = "c-9",
            UnfitFindings = [new UnfitFinding("f-9", UnfitSituation.Other, new(2025, 3, 10), EvidenceSource.Audit) { Outcome = CorrectionOutcome.NotCorrected, FollowedUpOn = new(2025, 5, 1) }],
        });
        Assert.False(result.IsSuccess);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == "unfitFindings[0].outcome" && e.ErrorCode == ErrorCodes.CadreProcedureStep);

        var json = """
            {"schema": "domainkit/cadre@1", "id": "c-10", "unfitFindings": [
              {"id": "f-10", "situation": "dutiesNotPerformed", "foundOn": "2025-03-10", "source": "audit", "remedy": "admonition", "remediedOn": "2025-04-01", "outcome": "notCorrected", "followedUpOn": "2025-09-01"}
            ]}
            """;
        var parsed = CadreJson.Parse(json);
        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));
        Assert.Equal(UnfitRemedy.Admonition, Assert.Single(parsed.Value.UnfitFindings).Remedy);
        var bad = CadreJson.Parse(json.Replace("\"audit\"", "\"rumour\"", StringComparison.Ordinal));
        Assert.Equal("unfitFindings[0].source", Assert.Single(bad.ValidationErrors).Identifier);
    }
}
