using System.Text.Json.Serialization;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Contracts;

/// <summary>
/// The source-generated System.Text.Json metadata of every contract document: trimming- and AOT-safe, strict on
/// reading (an unknown or duplicate property, a missing required field, a wrong type or an unknown token is an
/// error), with dates as ISO <c>yyyy-MM-dd</c>, instants in UTC and enums as their contract tokens. One leniency:
/// an explicit <c>null</c> in an optional field reads as the field left out, where the library's readers and the
/// schemas refuse it.
/// </summary>
/// <remarks>
/// Use <see cref="Default"/> with <see cref="System.Text.Json.JsonSerializer"/>, for example
/// <c>JsonSerializer.Deserialize(json, ContractJsonContext.Default.DibaoDecisionDocument)</c> to read a decision
/// into typed form. The library's own readers (<see cref="HouseholdJson"/> and the others) check more, such as
/// amounts exact to the fen, and report every problem with its path; the contract documents here describe the same
/// shapes, and <see cref="ContractSchemas"/> derives the published JSON Schemas from them.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(IsoDateConverter),
        typeof(IsoMonthConverter),
        typeof(UtcInstantConverter),
        typeof(TokenEnumConverter<Absence>),
        typeof(TokenEnumConverter<AdjustmentMethod>),
        typeof(TokenEnumConverter<AssessmentConsequence>),
        typeof(TokenEnumConverter<ApprovalLevel>),
        typeof(TokenEnumConverter<AssessmentBasis>),
        typeof(TokenEnumConverter<AssessmentGrade>),
        typeof(TokenEnumConverter<BenefitChangeGrounds>),
        typeof(TokenEnumConverter<BenefitStopReason>),
        typeof(TokenEnumConverter<CaseOutcome>),
        typeof(TokenEnumConverter<CaseStage>),
        typeof(TokenEnumConverter<CorrectionOutcome>),
        typeof(TokenEnumConverter<Department>),
        typeof(TokenEnumConverter<DibaoOutcome>),
        typeof(TokenEnumConverter<DisabilityKind>),
        typeof(TokenEnumConverter<EscalationReason>),
        typeof(TokenEnumConverter<EvidenceSource>),
        typeof(TokenEnumConverter<Fund>),
        typeof(TokenEnumConverter<HardshipSeverity>),
        typeof(TokenEnumConverter<HardshipType>),
        typeof(TokenEnumConverter<HomeVisitCause>),
        typeof(TokenEnumConverter<IncomeKind>),
        typeof(TokenEnumConverter<IncomePeriod>),
        typeof(TokenEnumConverter<IntakeChannel>),
        typeof(TokenEnumConverter<Need>),
        typeof(TokenEnumConverter<PaymentBasis>),
        typeof(TokenEnumConverter<Programme>),
        typeof(TokenEnumConverter<PromotionBarKind>),
        typeof(TokenEnumConverter<RecoveryCause>),
        typeof(TokenEnumConverter<Residence>),
        typeof(TokenEnumConverter<Relation>),
        typeof(TokenEnumConverter<SanctionKind>),
        typeof(TokenEnumConverter<SchoolStage>),
        typeof(TokenEnumConverter<ServiceKind>),
        typeof(TokenEnumConverter<ServiceProvider>),
        typeof(TokenEnumConverter<SourceKind>),
        typeof(TokenEnumConverter<StepDownTrigger>),
        typeof(TokenEnumConverter<StepOutcome>),
        typeof(TokenEnumConverter<TemporaryNeed>),
        typeof(TokenEnumConverter<TimeLimit>),
        typeof(TokenEnumConverter<ToleranceOutcome>),
        typeof(TokenEnumConverter<UnfitRemedy>),
        typeof(TokenEnumConverter<UnfitSituation>),
        typeof(TokenEnumConverter<UnitRating>),
        typeof(TokenEnumConverter<VerificationSource>),
    ])]
[JsonSerializable(typeof(CadreAssessmentDocument))]
[JsonSerializable(typeof(CadreDocument))]
[JsonSerializable(typeof(AccountabilityDocument))]
[JsonSerializable(typeof(CaseCommandDocument))]
[JsonSerializable(typeof(CaseHistoryDocument))]
[JsonSerializable(typeof(CaseScheduleDocument))]
[JsonSerializable(typeof(CaseUpdateDocument))]
[JsonSerializable(typeof(DibaoDecisionDocument))]
[JsonSerializable(typeof(EntitlementsDocument))]
[JsonSerializable(typeof(HouseholdClaimsDocument))]
[JsonSerializable(typeof(HouseholdDocument))]
[JsonSerializable(typeof(PolicyListDocument))]
[JsonSerializable(typeof(PolicyParametersDocument))]
[JsonSerializable(typeof(PolicyRegistryDocument))]
[JsonSerializable(typeof(PolicySetDocument))]
[JsonSerializable(typeof(ReformReportDocument))]
[JsonSerializable(typeof(ReviewResultDocument))]
[JsonSerializable(typeof(SurveyHouseholdDocument))]
[JsonSerializable(typeof(ValidationErrorsDocument))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
