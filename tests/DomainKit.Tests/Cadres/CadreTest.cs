using System.Collections.Immutable;
using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Cadres;

/// <summary>The three mechanisms for cadres, hand-computed at their boundaries (Part B of the policy specification).</summary>
public class CadreTest
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Local = Provenance.Illustrative("Test values for the parameters no source settles");

    private static CadreTerms Terms(PolicySet? policy = null, QuotaRounding rounding = QuotaRounding.HalfUp) =>
        CadreTerms.Resolve(
            (policy ?? PolicySets.Shaanxi2016)
                .With(CadreParameters.ExcellentQuotaRounding, rounding, From, Local)
                .With(CadreParameters.CorrectionDeadlineWorkingDays, 10, From, Local),
            new LocalDate(2026, 3, 1)).Value;

    private static Cadre Make(Func<CadreRecord, CadreRecord> build) => Cadre.Create(build(new CadreRecord { Id = "cadre-1" })).Value;

    private static Cadre Graded(params (int Year, AssessmentGrade Grade)[] grades) =>
        Make(r => r with { Assessments = [.. grades.Select(g => new AnnualAssessment(g.Year, g.Grade))] });

    [Fact]
    public void BadRecords_AreInvalidWithFieldPaths_NeverAnException()
    {
        var result = Cadre.Create(new CadreRecord
        {
            Id = " ",
            Assessments = [new(2024, AssessmentGrade.Competent), new(2024, AssessmentGrade.Excellent)],
            Appraisals = [new(2025, 10, 10, 5, 5, 31)],
            ToleratedMistakes = [new("m-1", new LocalDate(2025, 5, 1), ToleranceOutcome.Exempted)],
            Corrections = [new("m-1", new LocalDate(2025, 5, 10), new LocalDate(2025, 5, 9)), new("m-9", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))],
        });
        var errors = result.ValidationErrors.ToDictionary(e => e.Identifier, e => e.ErrorCode);
        Assert.Equal(ErrorCodes.Required, errors["id"]);
        Assert.Equal(ErrorCodes.CadreDuplicate, errors["assessments[1]"]);
        Assert.Equal(ErrorCodes.CadreVotesDoNotAddUp, errors["appraisals[0].cast"]);
        Assert.Equal(ErrorCodes.CadreDatesOutOfOrder, errors["corrections[0].deadline"]);
        Assert.Equal(ErrorCodes.UnknownName, errors["corrections[1].mistakeId"]);
    }

    [Theory]
    [InlineData(10, QuotaRounding.HalfUp, 2)]  // exactly 20%
    [InlineData(11, QuotaRounding.HalfUp, 2)]  // 2.2
    [InlineData(11, QuotaRounding.Up, 3)]
    [InlineData(13, QuotaRounding.HalfUp, 3)]  // 2.6
    [InlineData(13, QuotaRounding.Down, 2)]
    [InlineData(12, QuotaRounding.HalfUp, 2)]  // 2.4
    [InlineData(1, QuotaRounding.Down, 0)]
    public void Quota_IsTheShareOfThoseAssessed_RoundedAsThePolicySays(int assessed, QuotaRounding rounding, int quota) =>
        Assert.Equal(quota, ExcellentQuota.For(assessed, Terms(rounding: rounding)).Value);

    [Fact]
    public void Quota_RefusesADistributionOverIt_SayingByHowMany()
    {
        AssessmentGrade[] grades = [.. Enumerable.Repeat(AssessmentGrade.Excellent, 3), .. Enumerable.Repeat(AssessmentGrade.Competent, 7)];
        var refused = ExcellentQuota.Check(grades, Terms());
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal(ErrorCodes.CadreQuotaExceeded, error.ErrorCode);
        Assert.Contains("1 too many", error.ErrorMessage, StringComparison.Ordinal);

        // Nine assessed: 1.8, rounded half up to 2; two excellent is exactly the quota.
        var atQuota = ExcellentQuota.Check(grades.Skip(1), Terms());
        Assert.True(atQuota.IsSuccess);
        Assert.Equal((9, 2, 2), (atQuota.Value.Assessed, atQuota.Value.Quota, atQuota.Value.ProposedExcellent));
        Assert.Contains("CA-06", atQuota.Value.Explanation.CitedRuleIds);
    }

    [Fact]
    public void Quota_WithoutARoundingRule_IsRefusedNotDefaulted()
    {
        var terms = CadreTerms.Resolve(PolicySets.Shaanxi2016, new LocalDate(2026, 3, 1)).Value;
        Assert.Equal(ErrorCodes.ParameterMissing, ExcellentQuota.For(10, terms).ValidationErrors.Single().ErrorCode);
    }

    [Fact]
    [Trait("rule", "CA-01")]
    public void Consequences_FollowTheGradeAndTheYearsRunning()
    {
        var terms = Terms();
        Assert.Equal([AssessmentConsequence.YearEndBonus], Assessment.Consequences(Graded((2025, AssessmentGrade.Excellent)), 2025, terms).Value.Consequences.AsEnumerable());

        // CA-07: two basically competent years running go down one level; two apart do not.
        var running = Assessment.Consequences(Graded((2024, AssessmentGrade.BasicallyCompetent), (2025, AssessmentGrade.BasicallyCompetent)), 2025, terms).Value;
        Assert.Equal([AssessmentConsequence.NoPromotionThisYear, AssessmentConsequence.DownOneLevel], running.Consequences.AsEnumerable());
        var apart = Assessment.Consequences(Graded((2023, AssessmentGrade.BasicallyCompetent), (2024, AssessmentGrade.Competent), (2025, AssessmentGrade.BasicallyCompetent)), 2025, terms).Value;
        Assert.Equal([AssessmentConsequence.NoPromotionThisYear], apart.Consequences.AsEnumerable());
        var gap = Assessment.Consequences(Graded((2023, AssessmentGrade.BasicallyCompetent), (2025, AssessmentGrade.BasicallyCompetent)), 2025, terms).Value;
        Assert.Equal(1, gap.YearsRunning);

        // CA-03, CA-04: incompetent goes down one level; twice running, dismissal.
        Assert.Equal([AssessmentConsequence.DownOneLevel], Assessment.Consequences(Graded((2025, AssessmentGrade.Incompetent)), 2025, terms).Value.Consequences.AsEnumerable());
        var dismissed = Assessment.Consequences(Graded((2024, AssessmentGrade.Incompetent), (2025, AssessmentGrade.Incompetent)), 2025, terms).Value;
        Assert.Equal([AssessmentConsequence.DownOneLevel, AssessmentConsequence.Dismissal], dismissed.Consequences.AsEnumerable());
        Assert.Equal(["CA-03", "CA-04"], dismissed.Explanation.CitedRuleIds);
        Assert.False(Assessment.Consequences(Graded((2025, AssessmentGrade.Excellent)), 2024, terms).IsSuccess);
    }

    [Fact]
    public void SanctionPeriod_BlocksUpToTheDayBeforeItsEnd()
    {
        // CA-08 with GEN-01: a 12-month demerit from 2026-01-10 blocks through 2027-01-09.
        var cadre = Make(r => r with { Sanctions = [new Sanction(SanctionKind.Demerit, new LocalDate(2026, 1, 10)), new Sanction(SanctionKind.Warning, new LocalDate(2026, 8, 31))] });
        var terms = Terms();
        Assert.NotEmpty(Promotion.BarsOn(cadre, new LocalDate(2026, 1, 10), terms));
        Assert.NotEmpty(Promotion.BarsOn(cadre, new LocalDate(2027, 1, 9), terms));
        Assert.DoesNotContain(Promotion.BarsOn(cadre, new LocalDate(2027, 1, 10), terms), b => b.Until == new LocalDate(2027, 1, 10) && b.HoldsOn(new LocalDate(2027, 1, 10)));
        Assert.Empty(Promotion.BarsOn(cadre, new LocalDate(2026, 1, 9), terms));

        // Six months from 31 August end on the last day of February: blocked through 27 February 2027.
        var warning = Promotion.Bars(cadre, terms).Single(b => b.From == new LocalDate(2026, 8, 31));
        Assert.Equal(new LocalDate(2027, 2, 28), warning.Until);
        Assert.True(warning.HoldsOn(new LocalDate(2027, 2, 27)));
        Assert.False(warning.HoldsOn(new LocalDate(2027, 2, 28)));
    }

    [Fact]
    [Trait("rule", "CA-08")]
    [Trait("rule", "PD-04")]
    public void Bars_StartingTheSameDay_ListInTheOrderOfTheirKinds_AndAnEmptyPeriodBarsNothing()
    {
        var day = new LocalDate(2026, 3, 1);
        var cadre = Make(r => r with
        {
            Sanctions = [new Sanction(SanctionKind.Warning, day), new Sanction(SanctionKind.Demerit, day.PlusDays(10))],
            Adjustments = [new(day, AdjustmentMethod.Demotion, false)],
        });
        Assert.Equal([PromotionBarKind.SanctionPeriod, PromotionBarKind.AfterDemotion, PromotionBarKind.SanctionPeriod], Promotion.Bars(cadre, Terms()).Select(b => b.Kind));

        // A policy that gives a warning no months of bar: the warning's period is empty and is not listed.
        var noWarningBar = Terms(PolicySets.Shaanxi2016.With(CadreParameters.WarningMonths, 0, From, Local));
        Assert.Equal([PromotionBarKind.AfterDemotion, PromotionBarKind.SanctionPeriod], Promotion.Bars(cadre, noWarningBar).Select(b => b.Kind));
    }

    [Fact]
    public void Promotion_IsBarredAfterABasicallyCompetentYear_AndAfterAStepDown_ButNeverByAToleratedMistake()
    {
        var cadre = Make(r => r with
        {
            Assessments = [new(2025, AssessmentGrade.BasicallyCompetent)],
            Adjustments = [new(new LocalDate(2026, 3, 1), AdjustmentMethod.Demotion, false), new(new LocalDate(2026, 6, 1), AdjustmentMethod.Removal, true)],
            ToleratedMistakes = [new("m-1", new LocalDate(2026, 2, 1), ToleranceOutcome.Exempted)],
        });
        var bars = Promotion.Bars(cadre, Terms());
        Assert.Equal(
            [
                new PromotionBar(PromotionBarKind.BasicallyCompetentGrade, "CA-07", new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1)),
                new PromotionBar(PromotionBarKind.AfterDemotion, "PD-04", new LocalDate(2026, 3, 1), new LocalDate(2028, 3, 1)),
                new PromotionBar(PromotionBarKind.AfterRemovalForAccountability, "PD-04", new LocalDate(2026, 6, 1), new LocalDate(2027, 6, 1)),
            ],
            bars.AsEnumerable());
        Assert.Empty(Promotion.BarsOn(Make(r => r with { ToleratedMistakes = cadre.ToleratedMistakes }), new LocalDate(2026, 2, 1), Terms()));
    }

    [Theory]
    [InlineData(70, 14, 16, 100, true)]   // 30 of 100 at the combined 30%, 16 incompetent above 15%
    [InlineData(70, 15, 15, 100, false)]  // incompetent exactly 15%: not above
    [InlineData(71, 13, 16, 100, false)]  // 29 of 100: below 30%
    [InlineData(7, 1, 2, 10, true)]       // 3 of 10, 2 of 10
    public void StepDown_ByAppraisalVotes_AtTheShaanxiThresholds(int competent, int basicallyCompetent, int incompetent, int cast, bool triggered)
    {
        var cadre = Make(r => r with { Appraisals = [new AppraisalVotes(2025, 0, competent, basicallyCompetent, incompetent, cast)] });
        var review = StepDown.Review(cadre, 2025, Terms());
        Assert.Equal(triggered, review.Findings.Any(f => f is { Trigger: StepDownTrigger.AppraisalVotes, Category: StepDownCategory.Unfit, RuleId: "PD-07", Evidence: "appraisals[2025]" }));
    }

    [Fact]
    [Trait("rule", "PD-01")]
    [Trait("rule", "PD-02")]
    [Trait("rule", "SX-PD-00")]
    public void StepDown_NamesEachTriggerItsKindAndItsEvidence()
    {
        var cadre = Make(r => r with
        {
            PrincipalLeader = true,
            Assessments = [new(2024, AssessmentGrade.BasicallyCompetent), new(2025, AssessmentGrade.BasicallyCompetent)],
            UnitRatings = [new(2024, UnitRating.Average), new(2025, UnitRating.Average)],
            Sanctions = [new(SanctionKind.DemotionOrRemoval, new LocalDate(2025, 4, 1))],
            ToleratedMistakes = [new("m-1", new LocalDate(2025, 2, 1), ToleranceOutcome.Mitigated)],
            Corrections = [new("m-1", new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 1), CorrectionOutcome.NotCorrected, new LocalDate(2025, 3, 2))],
        });
        var review = StepDown.Review(cadre, 2025, Terms());
        Assert.Equal(
            [
                (StepDownTrigger.BasicallyCompetentYearsRunning, StepDownCategory.Mediocre),
                (StepDownTrigger.UnitAverageYearsRunning, StepDownCategory.Mediocre),
                (StepDownTrigger.Sanction, StepDownCategory.Derelict),
                (StepDownTrigger.CorrectionFailed, StepDownCategory.Derelict),
            ],
            review.Findings.Select(f => (f.Trigger, f.Category)));
        Assert.Equal([AdjustmentMethod.Transfer, AdjustmentMethod.NonLeadingPost, AdjustmentMethod.ResignationTakingBlame, AdjustmentMethod.OrderedToResign], review.Methods.AsEnumerable());
        Assert.Equal(
            [AdjustmentMethod.Transfer, AdjustmentMethod.NonLeadingPost, AdjustmentMethod.Removal, AdjustmentMethod.Demotion],
            StepDown.Review(cadre, 2025, Terms(PolicySets.NationalBaseline)).Methods.AsEnumerable());

        // The same unit ratings do not concern a cadre who is not its principal leader; one poor year does concern one who is.
        Assert.DoesNotContain(StepDown.Review(Make(r => r with { UnitRatings = cadre.UnitRatings }), 2025, Terms()).Findings, f => f.Trigger == StepDownTrigger.UnitAverageYearsRunning);
        Assert.Contains(StepDown.Review(Make(r => r with { PrincipalLeader = true, UnitRatings = [new(2025, UnitRating.Poor)] }), 2025, Terms()).Findings, f => f.Trigger == StepDownTrigger.UnitPoor);

        var chinese = review.Explanation.Render(Language.ChineseSimplified);
        Assert.Contains("连续 2 年考核为基本称职", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("{", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void StepDown_IncompetentOnce_AndTwiceRunning()
    {
        var once = StepDown.Review(Graded((2025, AssessmentGrade.Incompetent)), 2025, Terms());
        Assert.Equal([StepDownTrigger.IncompetentYear], once.Findings.Select(f => f.Trigger));
        var twice = StepDown.Review(Graded((2024, AssessmentGrade.Incompetent), (2025, AssessmentGrade.Incompetent)), 2025, Terms());
        Assert.Equal([StepDownTrigger.IncompetentYear, StepDownTrigger.IncompetentYearsRunning], twice.Findings.Select(f => f.Trigger));
        Assert.Empty(StepDown.Review(Graded((2025, AssessmentGrade.Competent)), 2025, Terms()).Findings);
    }

    [Theory]
    [InlineData(SanctionKind.Warning)]
    [InlineData(SanctionKind.Demerit)]
    [InlineData(SanctionKind.MajorDemerit)]
    [Trait("rule", "PD-01")]
    [Trait("rule", "CA-08")]
    public void StepDown_AWarningOrDemeritAlone_IsNoTrigger_ItOnlyBarsPromotion(SanctionKind kind)
    {
        // Regression: one warning on a competent cadre was a step-down trigger ("stepsDown").
        var cadre = Make(r => r with
        {
            Assessments = [new(2025, AssessmentGrade.Competent)],
            Sanctions = [new(kind, new LocalDate(2025, 4, 1))],
        });
        var review = StepDown.Review(cadre, 2025, Terms());
        Assert.Empty(review.Findings);
        Assert.Contains(review.Explanation.Steps, s => s.RuleId == "PD-01" && s.Outcome == StepOutcome.Failed);
        Assert.Equal([PromotionBarKind.SanctionPeriod], Promotion.BarsOn(cadre, new LocalDate(2025, 4, 1), Terms()).Select(b => b.Kind));

        var demoted = Make(r => r with { Assessments = cadre.Assessments, Sanctions = [new(SanctionKind.DemotionOrRemoval, new LocalDate(2025, 4, 1))] });
        Assert.Equal([(StepDownTrigger.Sanction, StepDownCategory.Derelict)], StepDown.Review(demoted, 2025, Terms()).Findings.Select(f => (f.Trigger, f.Category)));
    }

    [Fact]
    [Trait("rule", "SX-FT-03")]
    public void ATolerated_Mistake_ChangesNoTrigger_AndTheReviewSaysItWasNotCounted()
    {
        var plain = Make(r => r with { Assessments = [new(2025, AssessmentGrade.Competent)] });
        var tolerated = Make(r => r with
        {
            Assessments = [new(2025, AssessmentGrade.Competent)],
            ToleratedMistakes = [new("m-1", new LocalDate(2025, 5, 3), ToleranceOutcome.Exempted)],
        });
        var review = StepDown.Review(tolerated, 2025, Terms());
        Assert.Equal(StepDown.Review(plain, 2025, Terms()).Findings, review.Findings);
        Assert.Empty(Promotion.Bars(tolerated, Terms()));
        var step = Assert.Single(review.Explanation.Steps, s => s.RuleId == "SX-FT-03" && s.MessageKey == MessageKeys.ToleratedNotCounted);
        Assert.Equal("A tolerated mistake of 2025-05-03 (responsibility exempted) was not counted against the cadre.", step.Reason(Language.English));
        Assert.Equal("2025-05-03 经认定予以容错的失误（免予追责），不作为对该干部的负面评价。", step.Reason(Language.ChineseSimplified));

        // Only the year's mistakes are named.
        Assert.DoesNotContain(StepDown.Review(tolerated, 2024, Terms()).Explanation.Steps, s => s.MessageKey == MessageKeys.ToleratedNotCounted);
    }

    private static ToleranceApplication Application(int unfavourable = 0, bool distinctionsHold = true, EnumSet<ToleranceExclusion> exclusions = default) => new()
    {
        Id = "ft-1",
        MistakeOn = new LocalDate(2025, 9, 1),
        InPerformanceOfDuties = true,
        Distinctions = Enum.GetValues<ToleranceDistinction>().ToImmutableDictionary(d => d, d => distinctionsHold || d != ToleranceDistinction.ExperimentNotDefiance),
        Boundaries = Enum.GetValues<ToleranceBoundary>().ToImmutableDictionary(b => b, _ => true),
        Factors = Enum.GetValues<ToleranceFactor>().ToImmutableDictionary(f => f, f => (int)f <= unfavourable ? FactorWeight.Unfavourable : FactorWeight.Favourable),
        Exclusions = exclusions,
    };

    [Theory]
    [InlineData(0, ToleranceOutcome.Exempted)]
    [InlineData(1, ToleranceOutcome.Mitigated)]
    [InlineData(2, ToleranceOutcome.Mitigated)]
    [InlineData(3, ToleranceOutcome.NotTolerated)]
    [Trait("rule", "FT-02")]
    [Trait("rule", "FT-03")]
    public void Tolerance_TheSixFactorsDecideBetweenExemptedAndMitigated(int unfavourable, ToleranceOutcome outcome)
    {
        var decision = Tolerance.Decide(Application(unfavourable), Terms()).Value;
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(unfavourable, decision.UnfavourableFactors);
    }

    [Fact]
    public void Tolerance_AnyExclusionOrAWrongSide_MakesTheMistakeIntolerable_WhateverElseHolds()
    {
        var excluded = Tolerance.Decide(Application(exclusions: EnumSets.Of(ToleranceExclusion.RepeatedMistake)), Terms()).Value;
        Assert.Equal(ToleranceOutcome.NotTolerated, excluded.Outcome);
        Assert.Contains(excluded.Explanation.Steps, s => s.RuleId == "FT-06" && s.Outcome == StepOutcome.Failed);
        Assert.Equal(ToleranceOutcome.NotTolerated, Tolerance.Decide(Application(distinctionsHold: false), Terms()).Value.Outcome);
        Assert.Equal(ToleranceOutcome.NotTolerated, Tolerance.Decide(Application() with { InPerformanceOfDuties = false }, Terms()).Value.Outcome);

        // An exclusion the policy does not list is a fact, not a bar.
        var narrower = Terms(PolicySets.Shaanxi2016.With(CadreParameters.ToleranceExclusions, EnumSets.Of(ToleranceExclusion.PrivateGain), From, Local));
        Assert.Equal(ToleranceOutcome.Exempted, Tolerance.Decide(Application(exclusions: EnumSets.Of(ToleranceExclusion.RepeatedMistake)), narrower).Value.Outcome);
    }

    [Theory]
    [InlineData(ToleranceExclusion.PrivateGain, "FT-02")]
    [InlineData(ToleranceExclusion.CrossedBottomLine, "SX-FT-02")]
    [Trait("rule", "FT-02")]
    [Trait("rule", "SX-FT-02")]
    public void Tolerance_PrivateGainAndTheBottomLine_AreExcluded_WhateverTheLocalListSays(ToleranceExclusion exclusion, string ruleId)
    {
        // Regression: a local list without them exempted a mistake that crossed the bottom line and caused a major safety accident.
        var onlyRepeats = Terms(PolicySets.Shaanxi2016.With(CadreParameters.ToleranceExclusions, EnumSets.Of(ToleranceExclusion.RepeatedMistake), From, Local));
        var empty = Terms(PolicySets.Shaanxi2016.With(CadreParameters.ToleranceExclusions, default(EnumSet<ToleranceExclusion>), From, Local));
        foreach (var terms in new[] { onlyRepeats, empty, Terms() })
        {
            var decision = Tolerance.Decide(Application(exclusions: EnumSets.Of(exclusion, ToleranceExclusion.MajorSafetyAccident)), terms).Value;
            Assert.Equal(ToleranceOutcome.NotTolerated, decision.Outcome);
            Assert.Contains(decision.Explanation.Steps, s => s.RuleId == ruleId && s.Outcome == StepOutcome.Failed);
        }

        // Without them, the same local list lets the accident through: the list governs only what it adds.
        Assert.Equal(ToleranceOutcome.Exempted, Tolerance.Decide(Application(exclusions: EnumSets.Of(ToleranceExclusion.MajorSafetyAccident)), onlyRepeats).Value.Outcome);
        Assert.Equal(ruleId, Tolerance.AlwaysExcludes(exclusion));
        Assert.Null(Tolerance.AlwaysExcludes(ToleranceExclusion.MajorSafetyAccident));
    }

    [Fact]
    public void Tolerance_NeedsEveryFinding()
    {
        var incomplete = Application() with { Factors = ImmutableDictionary<ToleranceFactor, FactorWeight>.Empty.Add(ToleranceFactor.Consequences, FactorWeight.Neutral) };
        var paths = Tolerance.Decide(incomplete, Terms()).ValidationErrors.Select(e => e.Identifier).ToList();
        Assert.Equal(5, paths.Count);
        Assert.Contains("factors.motiveAndAttitude", paths);
    }

    [Fact]
    [Trait("rule", "SX-FT-03")]
    public void Correction_IsDueTheWorkingDaysAfterTheOrder_ForAToleratedMistakeOnly()
    {
        var tolerated = Tolerance.Decide(Application(1), Terms()).Value;
        var order = Tolerance.OrderCorrection(tolerated, new LocalDate(2026, 3, 6), WorkingDayCalendar.MondayToFriday, Terms()).Value;

        // Ten working days after Friday 6 March 2026: Friday 20 March.
        Assert.Equal(new CorrectionOrder("ft-1", new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 20)), order);
        var intolerable = Tolerance.Decide(Application(4), Terms()).Value;
        Assert.False(Tolerance.OrderCorrection(intolerable, new LocalDate(2026, 3, 6), WorkingDayCalendar.MondayToFriday, Terms()).IsSuccess);
        var noDeadline = CadreTerms.Resolve(PolicySets.Shaanxi2016, new LocalDate(2026, 3, 1)).Value;
        Assert.Equal(ErrorCodes.ParameterMissing, Tolerance.OrderCorrection(tolerated, new LocalDate(2026, 3, 6), WorkingDayCalendar.MondayToFriday, noDeadline).ValidationErrors.Single().ErrorCode);
    }

    [Fact]
    [Trait("rule", "SX-FT-03")]
    public void Correction_FollowedUpAfterItsDeadlineAndNotCarriedOut_StepsTheCadreDown_NotBefore()
    {
        var order = new CorrectionOrder("ft-1", new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 20));

        // On the deadline the cadre still has the day: "not corrected" is refused; from the next day it is recorded.
        Assert.Equal(ErrorCodes.CadreDatesOutOfOrder, Tolerance.FollowUp(order, new LocalDate(2026, 3, 20), CorrectionOutcome.NotCorrected).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.CadreDatesOutOfOrder, Tolerance.FollowUp(order, new LocalDate(2026, 3, 5), CorrectionOutcome.Corrected).ValidationErrors.Single().ErrorCode);
        var corrected = Tolerance.FollowUp(order, new LocalDate(2026, 3, 10), CorrectionOutcome.Corrected).Value;
        var failed = Tolerance.FollowUp(order, new LocalDate(2026, 3, 23), CorrectionOutcome.NotCorrected).Value;
        Assert.Equal((CorrectionOutcome?)CorrectionOutcome.NotCorrected, failed.Outcome);
        Assert.Equal(ErrorCodes.CadreProcedureStep, Tolerance.FollowUp(failed, new LocalDate(2026, 3, 24), CorrectionOutcome.Corrected).ValidationErrors.Single().ErrorCode);

        // The follow-up is what the step-down review reads: corrected, nothing; not corrected, a trigger of 2026.
        Cadre With(CorrectionOrder o) => Cadre.Create(new CadreRecord
        {
            Id = "c-ft",
            Assessments = [new(2026, AssessmentGrade.Competent)],
            ToleratedMistakes = [new ToleratedMistake("ft-1", new LocalDate(2026, 3, 5), ToleranceOutcome.Mitigated)],
            Corrections = [o],
        }).Value;
        Assert.False(StepDown.Review(With(corrected), 2026, Terms()).StepsDown);
        Assert.Equal(StepDownTrigger.CorrectionFailed, Assert.Single(StepDown.Review(With(failed), 2026, Terms()).Findings).Trigger);

        // A stored record that says otherwise is refused with its path.
        var forged = Cadre.Create(new CadreRecord
        {
            Id = "c-ft",
            ToleratedMistakes = [new ToleratedMistake("ft-1", new LocalDate(2026, 3, 5), ToleranceOutcome.Mitigated)],
            Corrections = [order with { Outcome = CorrectionOutcome.NotCorrected, FollowedUpOn = new LocalDate(2026, 3, 12) }],
        });
        Assert.Equal("corrections[0].followedUpOn", forged.ValidationErrors.Single().Identifier);
    }
}
