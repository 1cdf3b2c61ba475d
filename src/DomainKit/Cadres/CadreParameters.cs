using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Cadres;

/// <summary>The parameters of the three mechanisms for cadres (Part B of the policy specification).</summary>
public static class CadreParameters
{
    /// <summary>CA-06: the share of those assessed who may be graded excellent.</summary>
    public static readonly PolicyParameter<Rate> ExcellentQuotaShare = ParameterFactory.Fraction(
        "excellentQuotaShare", "CA-06", "Share of those assessed who may be graded excellent.");

    /// <summary>CA-06: how a fractional quota rounds. No source settles it: the integrator sets it.</summary>
    public static readonly PolicyParameter<QuotaRounding> ExcellentQuotaRounding = new(
        "excellentQuotaRounding", "CA-06", ParameterUnit.Choice, "How a fractional excellent quota rounds.", new EnumCodec<QuotaRounding>(MessageKeys.QuotaRoundingTerm), requiresLocalValue: true);

    /// <summary>CA-04: years graded incompetent running that lead to dismissal.</summary>
    public static readonly PolicyParameter<int> IncompetentYearsToDismissal = ParameterFactory.Whole(
        "incompetentYearsToDismissal", "CA-04", ParameterUnit.Count, "Years graded incompetent running that lead to dismissal.", 1, 10);

    /// <summary>CA-07, PD-07 (3): years graded basically competent running that lead down one level.</summary>
    public static readonly PolicyParameter<int> BasicallyCompetentYearsToDemotion = ParameterFactory.Whole(
        "basicallyCompetentYearsToDemotion", "CA-07", ParameterUnit.Count, "Years graded basically competent running that lead down one level.", 1, 10);

    /// <summary>CA-08: months a warning blocks promotion.</summary>
    public static readonly PolicyParameter<int> WarningMonths = Months("sanctionMonthsWarning", "Months a warning blocks promotion.");

    /// <summary>CA-08: months a demerit blocks promotion.</summary>
    public static readonly PolicyParameter<int> DemeritMonths = Months("sanctionMonthsDemerit", "Months a demerit blocks promotion.");

    /// <summary>CA-08: months a major demerit blocks promotion.</summary>
    public static readonly PolicyParameter<int> MajorDemeritMonths = Months("sanctionMonthsMajorDemerit", "Months a major demerit blocks promotion.");

    /// <summary>CA-08: months a demotion or removal blocks promotion.</summary>
    public static readonly PolicyParameter<int> DemotionOrRemovalMonths = Months("sanctionMonthsDemotionOrRemoval", "Months a demotion or removal blocks promotion.");

    /// <summary>PD-07 (2): the share of basically competent and incompetent votes together that triggers a step-down.</summary>
    public static readonly PolicyParameter<Rate> AppraisalCombinedShare = ParameterFactory.Fraction(
        "stepDownAppraisalCombinedShare", "PD-07", "Share of basically competent and incompetent votes together that triggers a step-down.");

    /// <summary>PD-07 (2): the share of incompetent votes that must be exceeded as well.</summary>
    public static readonly PolicyParameter<Rate> AppraisalIncompetentShare = ParameterFactory.Fraction(
        "stepDownAppraisalIncompetentShare", "PD-07", "Share of incompetent votes that must be exceeded as well.");

    /// <summary>PD-07 (1): years a principal leader's unit is rated average running that trigger a step-down.</summary>
    public static readonly PolicyParameter<int> UnitAverageYears = ParameterFactory.Whole(
        "stepDownUnitAverageYears", "PD-07", ParameterUnit.Count, "Years a principal leader's unit is rated average running that trigger a step-down.", 1, 10);

    /// <summary>PD-03, PD-05: which list of ways down applies.</summary>
    public static readonly PolicyParameter<AdjustmentMethodList> AdjustmentMethods = new(
        "adjustmentMethods", "PD-03", ParameterUnit.Choice, "Which list of ways down applies: national or Shaanxi.", new EnumCodec<AdjustmentMethodList>(MessageKeys.AdjustmentListTerm));

    /// <summary>PD-04: years after a removal for accountability without an equivalent post.</summary>
    public static readonly PolicyParameter<int> ReuseBarAfterRemovalYears = ParameterFactory.Whole(
        "reuseBarAfterRemovalYears", "PD-04", ParameterUnit.Years, "Years after a removal for accountability without an equivalent post.", 0, 20);

    /// <summary>PD-04: years after a demotion without promotion.</summary>
    public static readonly PolicyParameter<int> ReuseBarAfterDemotionYears = ParameterFactory.Whole(
        "reuseBarAfterDemotionYears", "PD-04", ParameterUnit.Years, "Years after a demotion without promotion.", 0, 20);

    /// <summary>FT-06: the exclusions that make a mistake intolerable whatever else holds.</summary>
    public static readonly PolicyParameter<EnumSet<ToleranceExclusion>> ToleranceExclusions = new(
        "toleranceExclusions", "FT-06", ParameterUnit.Set, "Exclusions that make a mistake intolerable whatever else holds.", new EnumSetCodec<ToleranceExclusion>(MessageKeys.ExclusionTerm));

    /// <summary>FT-03: the most unfavourable factors a mitigated mistake may have; an exempted one has none.</summary>
    public static readonly PolicyParameter<int> MitigationMaxUnfavourableFactors = ParameterFactory.Whole(
        "toleranceMitigationMaxUnfavourableFactors", "FT-03", ParameterUnit.Count, "The most unfavourable factors a mitigated mistake may have.", 0, 6);

    /// <summary>PD-02: the situations in which a cadre is unfit for the current post, as NSNX15 art. 8 lists them.</summary>
    public static readonly PolicyParameter<EnumSet<UnfitSituation>> UnfitSituations = new(
        "unfitSituations", "PD-02", ParameterUnit.Set, "Situations in which a cadre is unfit for the current post.", new EnumSetCodec<UnfitSituation>(MessageKeys.UnfitSituationTerm));

    /// <summary>SX-FT-03: working days to correct a tolerated mistake. No source gives a value: the integrator sets it.</summary>
    public static readonly PolicyParameter<int> CorrectionDeadlineWorkingDays = ParameterFactory.Whole(
        "correctionDeadlineWorkingDays", "SX-FT-03", ParameterUnit.WorkingDays, "Working days to correct a tolerated mistake.", 1, 365, optional: true, requiresLocalValue: true);

    /// <summary>SX-IN-02: which quantified indicators count and how much. Local: the integrator sets it.</summary>
    public static readonly PolicyParameter<IndicatorSet> IncentiveIndicators = new(
        "incentiveIndicators", "SX-IN-02", ParameterUnit.Table, "Which quantified indicators count and how much.", new IndicatorSetCodec(), optional: true, requiresLocalValue: true);

    /// <summary>SX-IN-01: the points each grade brings to the composite score. No source gives them: the integrator sets them.</summary>
    public static readonly PolicyParameter<GradePoints> IncentiveGradePoints = new(
        "incentiveGradePoints", "SX-IN-01", ParameterUnit.Table, "Points each grade brings to the composite score.", new GradePointsCodec(), optional: true, requiresLocalValue: true);

    /// <summary>SX-IN-01: the qualitative (grade) share of the composite score; the indicators take the rest.</summary>
    public static readonly PolicyParameter<Rate> IncentiveQualitativeWeight = new(
        "incentiveQualitativeWeight", "SX-IN-01", ParameterUnit.Fraction, "The grade's share of the composite score.", new RateCodec(0m, 1m, asPercentage: true), optional: true, requiresLocalValue: true);

    /// <summary>SX-IN-02: the most an indicator's achievement counts, as a multiple of its target.</summary>
    public static readonly PolicyParameter<Rate> IncentiveAchievementCap = new(
        "incentiveAchievementCap", "SX-IN-02", ParameterUnit.Multiple, "The most an indicator's achievement counts, as a multiple of its target.", new RateCodec(0m, 10m, asPercentage: false), optional: true, requiresLocalValue: true);

    /// <summary>SX-IN-01: the composite score, out of 100, that recommends an excellent cadre for commendation.</summary>
    public static readonly PolicyParameter<int> IncentiveCommendationScore = ParameterFactory.Whole(
        "incentiveCommendationScore", "SX-IN-01", ParameterUnit.Count, "Composite score, out of 100, that recommends commendation.", 0, 100, optional: true, requiresLocalValue: true);

    /// <summary>SX-IN-02: the composite score, out of 100, that recommends promotion or an important post.</summary>
    public static readonly PolicyParameter<int> IncentivePromotionScore = ParameterFactory.Whole(
        "incentivePromotionScore", "SX-IN-02", ParameterUnit.Count, "Composite score, out of 100, that recommends promotion or an important post.", 0, 100, optional: true, requiresLocalValue: true);

    private static PolicyParameter<int> Months(string id, string description) =>
        ParameterFactory.Whole(id, "CA-08", ParameterUnit.Months, description, 0, 120);
}
