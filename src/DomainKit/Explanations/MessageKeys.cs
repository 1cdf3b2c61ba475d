using DomainKit.Assistance;
using DomainKit.Policies;

namespace DomainKit.Explanations;

/// <summary>
/// The keys of every message the library renders. Each key has a template in every language's
/// catalogue (Explanations/Messages/*.json); a test checks that the catalogues and this list agree.
/// </summary>
internal static class MessageKeys
{
    public const string LabelPassed = "label.passed";
    public const string LabelParameterLayered = "label.parameter.layered";
    public const string LabelFailed = "label.failed";
    public const string LabelComputed = "label.computed";
    public const string LabelParameter = "label.parameter";
    public const string LabelInput = "label.input";
    public const string PolicyModified = "policy.modified";
    public const string FlagTrue = "flag.true";
    public const string FlagFalse = "flag.false";

    public const string MembersSummary = "hh.members.summary";
    public const string MemberApplicant = "hh.member.applicant";
    public const string MemberSpouse = "hh.member.spouse";
    public const string MemberMinorChild = "hh.member.minorChild";
    public const string MemberAdultStudent = "hh.member.adultStudent";
    public const string MemberAdultDependent = "hh.member.adultDependent";
    public const string MemberAdultIndependent = "hh.member.adultIndependent";
    public const string MemberRelativeCoResident = "hh.member.relativeCoResident";
    public const string MemberRelativeApart = "hh.member.relativeApart";
    public const string MemberNoSupportDuty = "hh.member.noSupportDuty";
    public const string MemberNotYetBorn = "hh.member.notYetBorn";
    public const string MemberReligiousLife = "hh.member.religiousLife";
    public const string MemberServingSentence = "hh.member.servingSentence";
    public const string MemberDrugRehabilitation = "hh.member.drugRehabilitation";
    public const string MemberDeclaredMissing = "hh.member.declaredMissing";

    public const string IncomeSummary = "hh.income.summary";
    public const string IncomeCounted = "hh.income.counted";
    public const string IncomeExcludedKind = "hh.income.excludedKind";
    public const string IncomeExcludedMember = "hh.income.excludedMember";

    public static string IncomePeriodTerm(IncomePeriod period) => IncomePeriodTermKeys.For(period);

    private static readonly EnumKeys<IncomePeriod> IncomePeriodTermKeys = new(p => "incomePeriod." + Serialization.EnumTokens<IncomePeriod>.ToToken(p));

    /// <summary>The key of an income step for an amount stated per month: the same key with <c>.monthly</c>.</summary>
    public static string IncomeMonthly(string key) => key switch
    {
        IncomeCounted => "hh.income.counted.monthly",
        IncomeExcludedKind => "hh.income.excludedKind.monthly",
        _ => "hh.income.excludedMember.monthly",
    };
    public const string PerCapita = "hh.perCapita";
    public const string PerCapitaNoMembers = "hh.perCapita.noMembers";

    public const string PropertyPassed = "hh.property.passed";
    public const string PropertyFailed = "hh.property.failed";
    public const string PropertyFinancialPassed = "hh.property.financial.passed";
    public const string PropertyFinancialFailed = "hh.property.financial.failed";
    public const string PropertyHomesPassed = "hh.property.homes.passed";
    public const string PropertyHomesFailed = "hh.property.homes.failed";
    public const string PropertyEquityPassed = "hh.property.equity.passed";
    public const string PropertyEquityFailed = "hh.property.equity.failed";

    public const string DibaoIncomePassed = "db.income.passed";
    public const string DibaoIncomeFailed = "db.income.failed";
    public const string DibaoIncomeNoMembers = "db.income.noMembers";
    public const string DibaoEligible = "db.eligible";
    public const string DibaoIneligibleIncome = "db.ineligible.income";
    public const string DibaoIneligibleProperty = "db.ineligible.property";
    public const string DibaoIneligibleBoth = "db.ineligible.both";
    public const string DibaoBenefit = "db.benefit";
    public const string DibaoTakenIn = "db.takenIn";
    public const string DibaoTakenInKept = "db.takenIn.kept";

    public static string DibaoTakenInBenefit(Assistance.ExpenditureDibaoBenefit mode) =>
        "db.takenIn." + Serialization.EnumTokens<Assistance.ExpenditureDibaoBenefit>.ToToken(mode);
    public const string DibaoBenefitNone = "db.benefit.none";
    public const string DibaoBenefitZero = "db.benefit.zero";
    public const string DibaoSummaryEligible = "db.summary.eligible";
    public const string DibaoSummaryIneligible = "db.summary.ineligible";
    public const string DibaoSummaryGradualExit = "db.summary.gradualExit";
    public const string DibaoGradualExit = "db.gradualExit";
    public const string DibaoFloor = "db.floor";
    public const string DibaoRefusals = "db.refusals";
    public const string DibaoFinal = "db.final";

    public const string ExtremePovertyMemberEligible = "tk.member.eligible";
    public const string ExtremePovertyMemberIneligible = "tk.member.ineligible";
    public const string ExtremePovertyElderly = "tk.ability.elderly";
    public const string ExtremePovertyChild = "tk.ability.child";
    public const string ExtremePovertyEnrolledMinor = "tk.ability.enrolledMinor";
    public const string ExtremePovertyDisability = "tk.ability.disability";
    public const string ExtremePovertyAble = "tk.ability.able";
    public const string ExtremePovertyIncomePassed = "tk.income.passed";
    public const string ExtremePovertyIncomeFailed = "tk.income.failed";
    public const string ExtremePovertyNoSupporter = "tk.supporter.none";
    public const string ExtremePovertyHasSupporter = "tk.supporter.able";
    public const string ExtremePovertyCount = "tk.count";
    public const string ExtremePovertySummaryEligible = "tk.summary.eligible";
    public const string ExtremePovertySummaryNone = "tk.summary.none";

    public const string MarginExcludedDibao = "md.excluded.dibao";
    public const string MarginExcludedExtremePoverty = "md.excluded.extremePoverty";
    public const string MarginNotAbove = "md.notAbove";
    public const string MarginIncomePassed = "md.income.passed";
    public const string MarginIncomeFailed = "md.income.failed";
    public const string MarginIs = "md.is";
    public const string MarginIsNot = "md.isNot";
    public const string MarginSingleEnrolled = "md.single.enrolled";
    public const string MarginSingleNotEnrolled = "md.single.notEnrolled";
    public const string MarginSummary = "md.summary.margin";
    public const string MarginSummaryWithSingle = "md.summary.marginWithSingle";
    public const string MarginSummaryNot = "md.summary.not";

    public const string MedicalSchemeGroup = "ma.scheme.group";
    public const string MedicalSchemeSerious = "ma.scheme.serious";
    public const string MedicalSchemeNone = "ma.scheme.none";
    public const string MedicalRemainder = "ma.remainder";
    public const string MedicalStage = "ma.stage";
    public const string MedicalDeductibleNone = "ma.deductible.none";
    public const string MedicalDeductibleFixed = "ma.deductible.fixed";
    public const string MedicalDeductibleShare = "ma.deductible.share";
    public const string MedicalRatio = "ma.ratio";
    public const string MedicalBand = "ma.band";
    public const string MedicalCapWithin = "ma.cap.within";
    public const string MedicalCapReached = "ma.cap.reached";
    public const string MedicalTotal = "ma.total";
    public const string MedicalSummaryCovered = "ma.summary.covered";
    public const string MedicalSummaryNotCovered = "ma.summary.notCovered";

    public static string MedicalGroup(MedicalGroup group) => MedicalGroupKeys.For(group);

    private static readonly EnumKeys<MedicalGroup> MedicalGroupKeys = new(MakeMedicalGroup);

    private static string MakeMedicalGroup(MedicalGroup group) => "ma.group." + Serialization.EnumTokens<MedicalGroup>.ToToken(group);

    public static string MedicalGroupTerm(MedicalGroup group) => MedicalGroupTermKeys.For(group);

    private static readonly EnumKeys<MedicalGroup> MedicalGroupTermKeys = new(MakeMedicalGroupTerm);

    private static string MakeMedicalGroupTerm(MedicalGroup group) => "medicalGroup." + Serialization.EnumTokens<MedicalGroup>.ToToken(group);

    public const string TemporaryType = "ta.type";
    public const string TemporaryNoMembers = "ta.noMembers";
    public const string TemporaryHardshipShown = "ta.hardship.shown";
    public const string TemporaryHardshipNotShown = "ta.hardship.notShown";
    public const string TemporaryMinor = "ta.amount.minor";
    public const string TemporaryMonthsStep = "ta.amount.months";
    public const string TemporaryCapWithin = "ta.cap.within";
    public const string TemporaryCapReached = "ta.cap.reached";
    public const string TemporaryInstalments = "ta.instalments.many";
    public const string TemporarySinglePayment = "ta.instalments.one";
    public const string TemporaryPayFirst = "ta.payFirst.deadline";
    public const string TemporaryPayFirstNoDeadline = "ta.payFirst.noDeadline";
    public const string TemporaryReviewFirst = "ta.reviewFirst";
    public const string TemporaryRouteTownship = "ta.route.township";
    public const string TemporaryRouteCounty = "ta.route.county";
    public const string TemporarySummaryGranted = "ta.summary.granted";
    public const string TemporarySummaryRefused = "ta.summary.refused";

    public const string ExpenditureRuleZhifu = "ex.rule.zhifu";
    public const string ExpenditureRuleNational = "ex.rule.national";
    public const string ExpenditureAboveDibao = "ex.above.dibao";
    public const string ExpenditureAboveExtremePoverty = "ex.above.extremePoverty";
    public const string ExpenditureAboveMargin = "ex.above.margin";
    public const string ExpenditureIncomePassed = "ex.income.passed";
    public const string ExpenditureIncomeFailed = "ex.income.failed";
    public const string ExpenditureLowIncomePassed = "ex.lowIncome.passed";
    public const string ExpenditureLowIncomeFailed = "ex.lowIncome.failed";
    public const string ExpenditureIllnessYes = "ex.illness.yes";
    public const string ExpenditureIllnessNo = "ex.illness.no";
    public const string ExpenditureReliefInsufficient = "ex.relief.insufficient";
    public const string ExpenditureReliefSufficed = "ex.relief.sufficed";
    public const string ExpenditureRigidPassed = "ex.rigid.passed";
    public const string ExpenditureRigidFailed = "ex.rigid.failed";
    public const string ExpenditureNot = "ex.not";
    public const string ExpenditureZhifuDibao = "ex.zhifu.dibao";
    public const string ExpenditureNational = "ex.national";
    public const string ExpenditureLowIncome = "ex.lowIncome";
    public const string ExpenditureRigidSum = "ex.rigid.sum";
    public const string ExpenditureReview = "ex.review";
    public const string ExpenditureSummaryZhifu = "ex.summary.zhifu";
    public const string ExpenditureSummaryNational = "ex.summary.national";
    public const string ExpenditureSummaryNot = "ex.summary.not";

    public const string EducationDibaoHousehold = "ed.household.dibao";
    public const string EducationNotDibaoHousehold = "ed.household.notDibao";
    public const string EducationCompulsory = "ed.pupil.compulsory";
    public const string EducationOtherStage = "ed.pupil.otherStage";
    public const string EducationNotCounted = "ed.pupil.notCounted";
    public const string EducationNotLowIncome = "ed.pupil.notLowIncome";
    public const string EducationHomeTaughtNoDisability = "ed.pupil.homeTaughtNoDisability";
    public const string EducationStageNotAssisted = "ed.pupil.stageNotAssisted";
    public const string EducationSummary = "ed.summary";
    public const string EducationSummaryNone = "ed.summary.none";

    public static string SchoolStageTerm(SchoolStage stage) => SchoolStageTermKeys.For(stage);

    private static readonly EnumKeys<SchoolStage> SchoolStageTermKeys = new(MakeSchoolStageTerm);

    private static string MakeSchoolStageTerm(SchoolStage stage) => "stage." + Serialization.EnumTokens<SchoolStage>.ToToken(stage);

    public const string ProgrammeNotSet = "assessment.notSet";

    public static string ProgrammeTerm(Programme programme) => ProgrammeTermKeys.For(programme);

    private static readonly EnumKeys<Programme> ProgrammeTermKeys = new(MakeProgrammeTerm);

    private static string MakeProgrammeTerm(Programme programme) => "programme." + Serialization.EnumTokens<Programme>.ToToken(programme);

    public const string FraudSanction = "fr.sanction";
    public const string DeadlineWorkingDays = "deadline.workingDays";
    public const string DeadlineCalendarDays = "deadline.calendarDays";
    public const string CountingWorkingDays = "counting.workingDays";
    public const string CountingCalendarDays = "counting.calendarDays";

    public static string TimeLimitTerm(TimeLimit limit) => TimeLimitTermKeys.For(limit);

    private static readonly EnumKeys<TimeLimit> TimeLimitTermKeys = new(MakeTimeLimitTerm);

    private static string MakeTimeLimitTerm(TimeLimit limit) => "timeLimit." + Serialization.EnumTokens<TimeLimit>.ToToken(limit);

    public static string HardshipTerm(HardshipType type) => HardshipTermKeys.For(type);

    private static readonly EnumKeys<HardshipType> HardshipTermKeys = new(MakeHardshipTerm);

    private static string MakeHardshipTerm(HardshipType type) => "hardship." + Serialization.EnumTokens<HardshipType>.ToToken(type);

    public static string TemporaryCategory(TemporaryCategory category) => TemporaryCategoryKeys.For(category);

    private static readonly EnumKeys<TemporaryCategory> TemporaryCategoryKeys = new(MakeTemporaryCategory);

    private static string MakeTemporaryCategory(TemporaryCategory category) => "ta.category." + Serialization.EnumTokens<TemporaryCategory>.ToToken(category);

    public static string DisabilityTerm(DisabilityKind kind) => DisabilityTermKeys.For(kind);

    private static readonly EnumKeys<DisabilityKind> DisabilityTermKeys = new(MakeDisabilityTerm);

    private static string MakeDisabilityTerm(DisabilityKind kind) => "disability." + Serialization.EnumTokens<DisabilityKind>.ToToken(kind);

    public static string AdjustmentMethodTerm(Cadres.AdjustmentMethod method) => AdjustmentMethodTermKeys.For(method);

    private static readonly EnumKeys<Cadres.AdjustmentMethod> AdjustmentMethodTermKeys = new(m => "method." + Serialization.EnumTokens<Cadres.AdjustmentMethod>.ToToken(m));

    public static string StepDownTriggerTerm(Cadres.StepDownTrigger trigger) => StepDownTriggerTermKeys.For(trigger);

    private static readonly EnumKeys<Cadres.StepDownTrigger> StepDownTriggerTermKeys = new(t => "trigger." + Serialization.EnumTokens<Cadres.StepDownTrigger>.ToToken(t));

    public static string FundTerm(Fund fund) => FundTermKeys.For(fund);

    private static readonly EnumKeys<Fund> FundTermKeys = new(f => "fund." + Serialization.EnumTokens<Fund>.ToToken(f));

    public static string AbsenceTerm(Absence absence) => AbsenceTermKeys.For(absence);

    private static readonly EnumKeys<Absence> AbsenceTermKeys = new(a => "absence." + Serialization.EnumTokens<Absence>.ToToken(a));

    public static string NeedTerm(TemporaryNeed need) => NeedTermKeys.For(need);

    private static readonly EnumKeys<TemporaryNeed> NeedTermKeys = new(n => "need." + Serialization.EnumTokens<TemporaryNeed>.ToToken(n));

    public static string SeverityTerm(HardshipSeverity severity) => SeverityTermKeys.For(severity);

    private static readonly EnumKeys<HardshipSeverity> SeverityTermKeys = new(s => "severity." + Serialization.EnumTokens<HardshipSeverity>.ToToken(s));

    public static string ResidenceTerm(Residence residence) => ResidenceTermKeys.For(residence);

    private static readonly EnumKeys<Residence> ResidenceTermKeys = new(r => "residence." + Serialization.EnumTokens<Residence>.ToToken(r));

    public static string UnitTerm(ParameterUnit unit) => UnitTermKeys.For(unit);

    private static readonly EnumKeys<ParameterUnit> UnitTermKeys = new(MakeUnitTerm);

    private static string MakeUnitTerm(ParameterUnit unit) => "unit." + unit switch
    {
        ParameterUnit.Yuan => "yuan",
        ParameterUnit.YuanPerMonth => "yuanPerMonth",
        ParameterUnit.Fraction => "fraction",
        ParameterUnit.Multiple => "multiple",
        ParameterUnit.Months => "months",
        ParameterUnit.Years => "years",
        ParameterUnit.Days => "days",
        ParameterUnit.WorkingDays => "workingDays",
        ParameterUnit.Count => "count",
        ParameterUnit.Scheme => "scheme",
        ParameterUnit.Set => "set",
        ParameterUnit.YuanPerYear => "yuanPerYear",
        ParameterUnit.Choice => "choice",
        ParameterUnit.Table => "table",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    public static string SourceTerm(SourceKind kind) => SourceTermKeys.For(kind);

    private static readonly EnumKeys<SourceKind> SourceTermKeys = new(MakeSourceTerm);

    private static string MakeSourceTerm(SourceKind kind) => "source." + SourceKinds.ToToken(kind);

    public static string RelationTerm(Relation relation) => RelationTermKeys.For(relation);

    private static readonly EnumKeys<Relation> RelationTermKeys = new(MakeRelationTerm);

    private static string MakeRelationTerm(Relation relation) => "relation." + relation switch
    {
        Relation.Applicant => "applicant",
        Relation.Spouse => "spouse",
        Relation.Child => "child",
        Relation.Parent => "parent",
        Relation.Grandparent => "grandparent",
        Relation.Grandchild => "grandchild",
        Relation.Sibling => "sibling",
        Relation.OtherWithoutSupportDuty => "otherWithoutSupportDuty",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation."),
    };

    public static string IncomeTerm(IncomeKind kind) => IncomeTermKeys.For(kind);

    private static readonly EnumKeys<IncomeKind> IncomeTermKeys = new(MakeIncomeTerm);

    private static string MakeIncomeTerm(IncomeKind kind) => "income." + kind switch
    {
        IncomeKind.Wages => "wages",
        IncomeKind.NetBusiness => "netBusiness",
        IncomeKind.NetProperty => "netProperty",
        IncomeKind.NetTransfer => "netTransfer",
        IncomeKind.Other => "other",
        IncomeKind.PreferentialTreatment => "preferentialTreatment",
        IncomeKind.FamilyPlanningReward => "familyPlanningReward",
        IncomeKind.Scholarship => "scholarship",
        IncomeKind.BraveryAward => "braveryAward",
        IncomeKind.GovernmentAssistance => "governmentAssistance",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown income kind."),
    };

    public const string CadreQuota = "ca.quota";
    public const string CadreBonus = "ca.bonus";
    public const string CadreNoPromotion = "ca.noPromotion";
    public const string CadreIncompetentDown = "ca.incompetent";
    public const string CadreRunDownOneLevel = "ca.run.downOneLevel";
    public const string CadreRunDismissal = "ca.run.dismissal";
    public const string CadreRunShort = "ca.run.short";
    public const string StepDownMethods = "pd.methods";
    public const string ToleratedNotCounted = "ft.notCounted";
    public const string ToleranceExcluded = "ft.excluded";
    public const string ToleranceNotExcluded = "ft.notExcluded";
    public const string ToleranceInDuties = "ft.inDuties";
    public const string ToleranceOutsideDuties = "ft.outsideDuties";
    public const string ToleranceSideTolerable = "ft.side.tolerable";
    public const string ToleranceSideIntolerable = "ft.side.intolerable";
    public const string ToleranceFactor = "ft.factor";
    public const string ToleranceOutcome = "ft.outcome";

    public static string StepDown(Cadres.StepDownTrigger trigger, bool found) =>
        "pd." + Serialization.EnumTokens<Cadres.StepDownTrigger>.ToToken(trigger) + (found ? ".found" : ".absent");

    public const string UnfitNoRemedy = "pd.unfit.noRemedy";
    public const string UnfitRemedyPending = "pd.unfit.pending";
    public const string UnfitCorrected = "pd.unfit.corrected";
    public const string UnfitNotListed = "pd.unfit.notListed";
    public const string EvidenceBySource = "pd.evidence.bySource";
    public const string EvidenceNone = "pd.evidence.none";
    public const string IncentiveBasis = "in.basis";
    public const string IncentiveKeyProjects = "in.keyProjects";
    public const string AssessmentBasisResult = "ca.basis";
    public const string AssessmentBasisNone = "ca.basis.none";

    public static string UnfitSituationTerm(Cadres.UnfitSituation situation) => UnfitSituationTermKeys.For(situation);

    private static readonly EnumKeys<Cadres.UnfitSituation> UnfitSituationTermKeys = new(s => "unfit." + Serialization.EnumTokens<Cadres.UnfitSituation>.ToToken(s));

    public static string UnfitRemedyTerm(Cadres.UnfitRemedy remedy) => UnfitRemedyTermKeys.For(remedy);

    private static readonly EnumKeys<Cadres.UnfitRemedy> UnfitRemedyTermKeys = new(r => "remedy." + Serialization.EnumTokens<Cadres.UnfitRemedy>.ToToken(r));

    public static string EvidenceSourceTerm(Cadres.EvidenceSource source) => EvidenceSourceTermKeys.For(source);

    private static readonly EnumKeys<Cadres.EvidenceSource> EvidenceSourceTermKeys = new(s => "source." + Serialization.EnumTokens<Cadres.EvidenceSource>.ToToken(s));

    public static string AssessmentBasisTerm(Cadres.AssessmentBasis basis) => AssessmentBasisTermKeys.For(basis);

    private static readonly EnumKeys<Cadres.AssessmentBasis> AssessmentBasisTermKeys = new(b => "basis." + Serialization.EnumTokens<Cadres.AssessmentBasis>.ToToken(b));

    public static string GradeTerm(Cadres.AssessmentGrade grade) => GradeTermKeys.For(grade);

    private static readonly EnumKeys<Cadres.AssessmentGrade> GradeTermKeys = new(MakeGradeTerm);

    private static string MakeGradeTerm(Cadres.AssessmentGrade grade) => "grade." + Serialization.EnumTokens<Cadres.AssessmentGrade>.ToToken(grade);

    public static string QuotaRoundingTerm(Cadres.QuotaRounding rounding) => QuotaRoundingTermKeys.For(rounding);

    private static readonly EnumKeys<Cadres.QuotaRounding> QuotaRoundingTermKeys = new(MakeQuotaRoundingTerm);

    private static string MakeQuotaRoundingTerm(Cadres.QuotaRounding rounding) => "quotaRounding." + Serialization.EnumTokens<Cadres.QuotaRounding>.ToToken(rounding);

    public static string ExclusionTerm(Cadres.ToleranceExclusion exclusion) => ExclusionTermKeys.For(exclusion);

    private static readonly EnumKeys<Cadres.ToleranceExclusion> ExclusionTermKeys = new(MakeExclusionTerm);

    private static string MakeExclusionTerm(Cadres.ToleranceExclusion exclusion) => "exclusion." + Serialization.EnumTokens<Cadres.ToleranceExclusion>.ToToken(exclusion);

    public static string DistinctionTerm(Cadres.ToleranceDistinction distinction) => DistinctionTermKeys.For(distinction);

    private static readonly EnumKeys<Cadres.ToleranceDistinction> DistinctionTermKeys = new(MakeDistinctionTerm);

    private static string MakeDistinctionTerm(Cadres.ToleranceDistinction distinction) => "distinction." + Serialization.EnumTokens<Cadres.ToleranceDistinction>.ToToken(distinction);

    public static string BoundaryTerm(Cadres.ToleranceBoundary boundary) => BoundaryTermKeys.For(boundary);

    private static readonly EnumKeys<Cadres.ToleranceBoundary> BoundaryTermKeys = new(MakeBoundaryTerm);

    private static string MakeBoundaryTerm(Cadres.ToleranceBoundary boundary) => "boundary." + Serialization.EnumTokens<Cadres.ToleranceBoundary>.ToToken(boundary);

    public static string FactorTerm(Cadres.ToleranceFactor factor) => FactorTermKeys.For(factor);

    private static readonly EnumKeys<Cadres.ToleranceFactor> FactorTermKeys = new(MakeFactorTerm);

    private static string MakeFactorTerm(Cadres.ToleranceFactor factor) => "factor." + Serialization.EnumTokens<Cadres.ToleranceFactor>.ToToken(factor);

    public static string FactorWeightTerm(Cadres.FactorWeight weight) => FactorWeightTermKeys.For(weight);

    private static readonly EnumKeys<Cadres.FactorWeight> FactorWeightTermKeys = new(MakeFactorWeightTerm);

    private static string MakeFactorWeightTerm(Cadres.FactorWeight weight) => "factorWeight." + Serialization.EnumTokens<Cadres.FactorWeight>.ToToken(weight);

    public static string ToleranceOutcomeTerm(Cadres.ToleranceOutcome outcome) => ToleranceOutcomeTermKeys.For(outcome);

    private static readonly EnumKeys<Cadres.ToleranceOutcome> ToleranceOutcomeTermKeys = new(MakeToleranceOutcomeTerm);

    private static string MakeToleranceOutcomeTerm(Cadres.ToleranceOutcome outcome) => "toleranceOutcome." + Serialization.EnumTokens<Cadres.ToleranceOutcome>.ToToken(outcome);

    public const string IncentiveIndicator = "in.indicator";
    public const string IncentiveIndicatorMissing = "in.indicator.missing";
    public const string IncentiveComposite = "in.composite";
    public const string IncentiveCommendationYes = "in.commendation.yes";
    public const string IncentiveCommendationNo = "in.commendation.no";
    public const string IncentiveRewardYes = "in.reward.yes";
    public const string IncentiveRewardNo = "in.reward.no";
    public const string IncentivePromotionYes = "in.promotion.yes";
    public const string IncentivePromotionNo = "in.promotion.no";
    public const string IncentivePromotionBarred = "in.promotion.barred";
    public const string IncentivePromotionStepDown = "in.promotion.stepDown";

    public static string PromotionBarTerm(Cadres.PromotionBarKind kind) => PromotionBarTermKeys.For(kind);

    private static readonly EnumKeys<Cadres.PromotionBarKind> PromotionBarTermKeys = new(MakePromotionBarTerm);

    private static string MakePromotionBarTerm(Cadres.PromotionBarKind kind) => "bar." + Serialization.EnumTokens<Cadres.PromotionBarKind>.ToToken(kind);

    public static string CaseNeedTerm(Need need) => CaseNeedTermKeys.For(need);

    private static readonly EnumKeys<Need> CaseNeedTermKeys = new(n => "caseNeed." + Serialization.EnumTokens<Need>.ToToken(n));

    public static string DepartmentTerm(Department department) => DepartmentTermKeys.For(department);

    private static readonly EnumKeys<Department> DepartmentTermKeys = new(d => "department." + Serialization.EnumTokens<Department>.ToToken(d));

    public static string TemporaryCategoryTerm(TemporaryCategory category) => TemporaryCategoryTermKeys.For(category);

    private static readonly EnumKeys<TemporaryCategory> TemporaryCategoryTermKeys = new(c => "temporaryCategory." + Serialization.EnumTokens<TemporaryCategory>.ToToken(c));

    public static string NameMaskingTerm(NameMasking masking) => NameMaskingTermKeys.For(masking);

    private static readonly EnumKeys<NameMasking> NameMaskingTermKeys = new(m => "masking." + Serialization.EnumTokens<NameMasking>.ToToken(m));

    public static string AdjustmentListTerm(Cadres.AdjustmentMethodList list) => AdjustmentListTermKeys.For(list);

    private static readonly EnumKeys<Cadres.AdjustmentMethodList> AdjustmentListTermKeys = new(l => "adjustmentList." + Serialization.EnumTokens<Cadres.AdjustmentMethodList>.ToToken(l));

    public static string ExpenditureRuleTerm(ExpenditureRule rule) => ExpenditureRuleTermKeys.For(rule);

    private static readonly EnumKeys<ExpenditureRule> ExpenditureRuleTermKeys = new(r => "expenditureRule." + Serialization.EnumTokens<ExpenditureRule>.ToToken(r));

    public static string ExpenditureDibaoBenefitTerm(ExpenditureDibaoBenefit benefit) => ExpenditureDibaoBenefitTermKeys.For(benefit);

    private static readonly EnumKeys<ExpenditureDibaoBenefit> ExpenditureDibaoBenefitTermKeys = new(b => "expenditureDibao." + Serialization.EnumTokens<ExpenditureDibaoBenefit>.ToToken(b));

    /// <summary>
    /// The terms of the medical stage names the bundled policies use. A stage's name is the policy file's own word;
    /// a name without a term here stays as the file writes it.
    /// </summary>
    public static readonly IReadOnlyList<string> MedicalStageTerms = ["medicalStage.basic", "medicalStage.serious-illness"];

    public static string MedicalStageTerm(string stageName) => "medicalStage." + stageName;

    public const string MedicalSchemeSeriousRatio = "ma.scheme.serious.ratio";
    public const string MedicalSchemeSeriousCap = "ma.scheme.serious.cap";
}
