using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// The cadre parameters in force on one date, read once from a policy set, each with its effective date and
/// provenance for the explanations. Parameters no source settles ([D]) are null until the integrator sets them.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CadreTerms
{
    private CadreTerms(LocalDate date, List<ValidationError> errors, PolicySet policy)
    {
        Date = date;
        ExcellentQuotaShare = MeansTestTerms.Read(policy, CadreParameters.ExcellentQuotaShare, date, errors);
        ExcellentQuotaRounding = policy.ValueAtOrNull(CadreParameters.ExcellentQuotaRounding, date);
        IncompetentYearsToDismissal = MeansTestTerms.Read(policy, CadreParameters.IncompetentYearsToDismissal, date, errors);
        BasicallyCompetentYearsToDemotion = MeansTestTerms.Read(policy, CadreParameters.BasicallyCompetentYearsToDemotion, date, errors);
        WarningMonths = MeansTestTerms.Read(policy, CadreParameters.WarningMonths, date, errors);
        DemeritMonths = MeansTestTerms.Read(policy, CadreParameters.DemeritMonths, date, errors);
        MajorDemeritMonths = MeansTestTerms.Read(policy, CadreParameters.MajorDemeritMonths, date, errors);
        DemotionOrRemovalMonths = MeansTestTerms.Read(policy, CadreParameters.DemotionOrRemovalMonths, date, errors);
        AppraisalCombinedShare = MeansTestTerms.Read(policy, CadreParameters.AppraisalCombinedShare, date, errors);
        AppraisalIncompetentShare = MeansTestTerms.Read(policy, CadreParameters.AppraisalIncompetentShare, date, errors);
        UnitAverageYears = MeansTestTerms.Read(policy, CadreParameters.UnitAverageYears, date, errors);
        AdjustmentMethods = MeansTestTerms.Read(policy, CadreParameters.AdjustmentMethods, date, errors);
        ReuseBarAfterRemovalYears = MeansTestTerms.Read(policy, CadreParameters.ReuseBarAfterRemovalYears, date, errors);
        ReuseBarAfterDemotionYears = MeansTestTerms.Read(policy, CadreParameters.ReuseBarAfterDemotionYears, date, errors);
        ToleranceExclusions = MeansTestTerms.Read(policy, CadreParameters.ToleranceExclusions, date, errors);
        MitigationMaxUnfavourableFactors = MeansTestTerms.Read(policy, CadreParameters.MitigationMaxUnfavourableFactors, date, errors);
        UnfitSituations = MeansTestTerms.Read(policy, CadreParameters.UnfitSituations, date, errors);
        CorrectionDeadlineWorkingDays = policy.ValueAtOrNull(CadreParameters.CorrectionDeadlineWorkingDays, date);
        Indicators = policy.ValueAtOrNull(CadreParameters.IncentiveIndicators, date);
        GradePoints = policy.ValueAtOrNull(CadreParameters.IncentiveGradePoints, date);
        QualitativeWeight = policy.ValueAtOrNull(CadreParameters.IncentiveQualitativeWeight, date);
        AchievementCap = policy.ValueAtOrNull(CadreParameters.IncentiveAchievementCap, date);
        CommendationScore = policy.ValueAtOrNull(CadreParameters.IncentiveCommendationScore, date);
        PromotionScore = policy.ValueAtOrNull(CadreParameters.IncentivePromotionScore, date);
    }

    /// <summary>The date the terms are in force on.</summary>
    public LocalDate Date { get; }

    /// <summary>CA-06: the excellent quota's share.</summary>
    public DatedValue<Rate> ExcellentQuotaShare { get; }

    /// <summary>CA-06: how a fractional quota rounds, when the policy sets it.</summary>
    public DatedValue<QuotaRounding>? ExcellentQuotaRounding { get; }

    /// <summary>CA-04: incompetent years running to dismissal.</summary>
    public DatedValue<int> IncompetentYearsToDismissal { get; }

    /// <summary>CA-07: basically competent years running to down one level.</summary>
    public DatedValue<int> BasicallyCompetentYearsToDemotion { get; }

    /// <summary>CA-08: months of a warning.</summary>
    public DatedValue<int> WarningMonths { get; }

    /// <summary>CA-08: months of a demerit.</summary>
    public DatedValue<int> DemeritMonths { get; }

    /// <summary>CA-08: months of a major demerit.</summary>
    public DatedValue<int> MajorDemeritMonths { get; }

    /// <summary>CA-08: months of a demotion or removal.</summary>
    public DatedValue<int> DemotionOrRemovalMonths { get; }

    /// <summary>PD-07 (2): the combined share of basically competent and incompetent votes.</summary>
    public DatedValue<Rate> AppraisalCombinedShare { get; }

    /// <summary>PD-07 (2): the share of incompetent votes to exceed.</summary>
    public DatedValue<Rate> AppraisalIncompetentShare { get; }

    /// <summary>PD-07 (1): average unit ratings running.</summary>
    public DatedValue<int> UnitAverageYears { get; }

    /// <summary>PD-03, PD-05: the list of ways down.</summary>
    public DatedValue<AdjustmentMethodList> AdjustmentMethods { get; }

    /// <summary>PD-04: years without an equivalent post after removal for accountability.</summary>
    public DatedValue<int> ReuseBarAfterRemovalYears { get; }

    /// <summary>PD-04: years without promotion after demotion.</summary>
    public DatedValue<int> ReuseBarAfterDemotionYears { get; }

    /// <summary>FT-06: the exclusions.</summary>
    public DatedValue<EnumSet<ToleranceExclusion>> ToleranceExclusions { get; }

    /// <summary>FT-03: the most unfavourable factors of a mitigated mistake.</summary>
    public DatedValue<int> MitigationMaxUnfavourableFactors { get; }

    /// <summary>PD-02: the unfit situations in force.</summary>
    public DatedValue<EnumSet<UnfitSituation>> UnfitSituations { get; }

    /// <summary>SX-FT-03: working days to correct, when the policy sets them.</summary>
    public DatedValue<int>? CorrectionDeadlineWorkingDays { get; }

    /// <summary>SX-IN-02: the quantified indicators, when the policy sets them.</summary>
    public DatedValue<IndicatorSet>? Indicators { get; }

    /// <summary>SX-IN-01: the grade points, when the policy sets them.</summary>
    public DatedValue<GradePoints>? GradePoints { get; }

    /// <summary>SX-IN-01: the grade's share of the composite score, when the policy sets it.</summary>
    public DatedValue<Rate>? QualitativeWeight { get; }

    /// <summary>SX-IN-02: the cap on an indicator's achievement, when the policy sets it.</summary>
    public DatedValue<Rate>? AchievementCap { get; }

    /// <summary>SX-IN-01: the score for commendation, when the policy sets it.</summary>
    public DatedValue<int>? CommendationScore { get; }

    /// <summary>SX-IN-02: the score for promotion, when the policy sets it.</summary>
    public DatedValue<int>? PromotionScore { get; }

    /// <summary>Reads the terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date.</param>
    /// <returns>The terms, or Invalid naming each required parameter the policy lacks on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<CadreTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var terms = new CadreTerms(Dates.Iso(date), errors, policy);
        return errors.Count > 0 ? Result<CadreTerms>.Invalid(errors) : terms;
    }

    /// <summary>The months a sanction blocks promotion (CA-08).</summary>
    /// <param name="kind">The sanction.</param>
    /// <returns>Its parameter value.</returns>
    public DatedValue<int> MonthsOf(SanctionKind kind) => kind switch
    {
        SanctionKind.Warning => WarningMonths,
        SanctionKind.Demerit => DemeritMonths,
        SanctionKind.MajorDemerit => MajorDemeritMonths,
        _ => DemotionOrRemovalMonths,
    };
}
