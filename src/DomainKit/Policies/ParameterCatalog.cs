using DomainKit.Assistance;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DomainKit.Policies;

/// <summary>Every policy parameter the library defines, for policy files, documentation and tools.</summary>
/// <remarks>Rule code never looks parameters up here: it holds typed references. This class is thread-safe.</remarks>
public static class ParameterCatalog
{
    private static readonly FrozenDictionary<string, PolicyParameter> ById;

    static ParameterCatalog()
    {
        All =
        [
            MeansTestParameters.AdultAge,
            MeansTestParameters.ClergyYearsAway,
            MeansTestParameters.AssessmentWindowMonths,
            MeansTestParameters.FinancialAssetsMultiple,
            MeansTestParameters.MaxHomes,
            MeansTestParameters.BusinessEquityLimit,
            DibaoParameters.StandardMonthly,
            DibaoParameters.RefusalsBeforeCut,
            DibaoParameters.GradualExitMonths,
            DibaoParameters.MinimumShare,
            ExtremePovertyParameters.ElderlyAge,
            ExtremePovertyParameters.ChildAge,
            ExtremePovertyParameters.IntellectualMentalMaxGrade,
            ExtremePovertyParameters.PhysicalMaxGrade,
            ExtremePovertyParameters.VisualMaxGrade,
            ExtremePovertyParameters.MinorEnrolmentAge,
            MarginParameters.IncomeMultiple,
            MarginParameters.SevereDisabilityMaxGrade,
            MedicalParameters.DisposableIncomePerCapita,
            MedicalParameters.SchemeExtremePoverty,
            MedicalParameters.SchemeDibao,
            MedicalParameters.SchemeMargin,
            MedicalParameters.SchemeImpoverishedByIllness,
            MedicalParameters.SchemeSeriousIllness,
            MedicalParameters.SeriousIllnessGroups,
            MedicalParameters.PremiumSubsidyExtremePoverty,
            MedicalParameters.PremiumSubsidyDibao,
            MedicalParameters.PremiumSubsidyMargin,
            FundParameters.TemporaryAssistanceBudget,
            FundParameters.MedicalAssistanceBudget,
            FundParameters.EducationAssistanceBudget,
            FundParameters.EmergencyFund,
            FundParameters.BasicLivingBudget,
            TemporaryParameters.Months,
            TemporaryParameters.Cap,
            TemporaryParameters.MinorFlatSum,
            TemporaryParameters.InstalmentAfterMonths,
            TemporaryParameters.MaxInstalments,
            TemporaryParameters.PaperworkDeadlineDays,
            ExpenditureParameters.Rule,
            ExpenditureParameters.UrbanConsumptionPerCapita,
            ExpenditureParameters.DibaoBenefit,
            ExpenditureParameters.RigidSpendingShare,
            ExpenditureParameters.LookbackMonths,
            ExpenditureParameters.ValidityMonths,
            EducationParameters.Standards,
            TimeLimitParameters.DibaoDecision,
            TimeLimitParameters.DibaoDecisionSpecial,
            TimeLimitParameters.CountyConfirmation,
            TimeLimitParameters.RejectionNotice,
            TimeLimitParameters.InvestigationStart,
            TimeLimitParameters.DataCheck,
            TimeLimitParameters.MinimumInvestigators,
            TimeLimitParameters.TemporaryOrMedicalReview,
            TimeLimitParameters.TemporaryOrMedicalApproval,
            TimeLimitParameters.PublicNotice,
            FraudParameters.FineMinimum,
            FraudParameters.FineMaximum,
            ReviewParameters.CentralisedReviewMonths,
            ReviewParameters.DibaoStableMonths,
            ReviewParameters.DibaoUnstableMonths,
            CaseParameters.Routing,
            CaseParameters.EscalationWorkingDaysLate,
            CaseParameters.EscalationObjections,
            CaseParameters.EscalationAmount,
            CaseParameters.PublicationNameMasking,
            CaseParameters.BenefitStartDelayMonths,
            CaseParameters.TownshipApprovalLimit,
            Cadres.CadreParameters.ExcellentQuotaShare,
            Cadres.CadreParameters.ExcellentQuotaRounding,
            Cadres.CadreParameters.IncompetentYearsToDismissal,
            Cadres.CadreParameters.BasicallyCompetentYearsToDemotion,
            Cadres.CadreParameters.WarningMonths,
            Cadres.CadreParameters.DemeritMonths,
            Cadres.CadreParameters.MajorDemeritMonths,
            Cadres.CadreParameters.DemotionOrRemovalMonths,
            Cadres.CadreParameters.AppraisalCombinedShare,
            Cadres.CadreParameters.AppraisalIncompetentShare,
            Cadres.CadreParameters.UnitAverageYears,
            Cadres.CadreParameters.AdjustmentMethods,
            Cadres.CadreParameters.ReuseBarAfterRemovalYears,
            Cadres.CadreParameters.ReuseBarAfterDemotionYears,
            Cadres.CadreParameters.ToleranceExclusions,
            Cadres.CadreParameters.MitigationMaxUnfavourableFactors,
            Cadres.CadreParameters.CorrectionDeadlineWorkingDays,
            Cadres.CadreParameters.UnfitSituations,
            Cadres.CadreParameters.IncentiveIndicators,
            Cadres.CadreParameters.IncentiveGradePoints,
            Cadres.CadreParameters.IncentiveQualitativeWeight,
            Cadres.CadreParameters.IncentiveAchievementCap,
            Cadres.CadreParameters.IncentiveCommendationScore,
            Cadres.CadreParameters.IncentivePromotionScore,
        ];
        ById = All.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>Every parameter, in the order of the policy specification.</summary>
    public static ImmutableArray<PolicyParameter> All { get; }

    /// <summary>Finds a parameter by its identifier (case-sensitive).</summary>
    /// <param name="id">The identifier, such as <c>dibaoStandardMonthly</c>.</param>
    /// <param name="parameter">The parameter when found.</param>
    /// <returns><see langword="true"/> when the identifier names a parameter.</returns>
    public static bool TryFind(string id, out PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.TryGetValue(id, out parameter!);
    }
}
