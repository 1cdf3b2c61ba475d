using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>
/// The command of a <c>domainkit/case-command@1</c> document: <c>type</c> says which command it is and which fields it
/// takes. The derived documents are the 31 commands, from <c>open</c> to <c>close</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OpenCaseActionDocument), "open")]
[JsonDerivedType(typeof(ReportActionDocument), "report")]
[JsonDerivedType(typeof(AcceptActionDocument), "accept")]
[JsonDerivedType(typeof(StartInvestigationActionDocument), "startInvestigation")]
[JsonDerivedType(typeof(RecordVerificationActionDocument), "recordVerification")]
[JsonDerivedType(typeof(RequireHomeVisitActionDocument), "requireHomeVisit")]
[JsonDerivedType(typeof(RecordHomeVisitActionDocument), "recordHomeVisit")]
[JsonDerivedType(typeof(PublishNoticeActionDocument), "publishNotice")]
[JsonDerivedType(typeof(RaiseObjectionActionDocument), "raiseObjection")]
[JsonDerivedType(typeof(ApproveActionDocument), "approve")]
[JsonDerivedType(typeof(MarkSpecialCaseActionDocument), "markSpecialCase")]
[JsonDerivedType(typeof(ChangeBenefitActionDocument), "changeBenefit")]
[JsonDerivedType(typeof(PayMonthActionDocument), "payMonth")]
[JsonDerivedType(typeof(RejectActionDocument), "reject")]
[JsonDerivedType(typeof(ReferActionDocument), "refer")]
[JsonDerivedType(typeof(NotifyRejectionActionDocument), "notifyRejection")]
[JsonDerivedType(typeof(PayFirstActionDocument), "payFirst")]
[JsonDerivedType(typeof(CompletePaperworkActionDocument), "completePaperwork")]
[JsonDerivedType(typeof(LapseGreenChannelActionDocument), "lapseGreenChannel")]
[JsonDerivedType(typeof(PayActionDocument), "pay")]
[JsonDerivedType(typeof(RecordRecoveryActionDocument), "recordRecovery")]
[JsonDerivedType(typeof(EstablishFraudActionDocument), "establishFraud")]
[JsonDerivedType(typeof(CompleteTaskActionDocument), "completeTask")]
[JsonDerivedType(typeof(AssignAccountableActionDocument), "assignAccountable")]
[JsonDerivedType(typeof(EscalateActionDocument), "escalate")]
[JsonDerivedType(typeof(RecordOutcomeActionDocument), "recordOutcome")]
[JsonDerivedType(typeof(RecordUnmetNeedActionDocument), "recordUnmetNeed")]
[JsonDerivedType(typeof(ReferToCharityActionDocument), "referToCharity")]
[JsonDerivedType(typeof(PayCharityActionDocument), "payCharity")]
[JsonDerivedType(typeof(RecordServiceActionDocument), "recordService")]
[JsonDerivedType(typeof(CloseActionDocument), "close")]
[Description("The command: its type and its own fields.")]
public abstract record CaseActionDocument;
