using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>
/// One event of a case history: who did what, when, at which stage and why; <c>type</c> says which event it is and
/// which further fields it has. The derived documents are the 29 event types.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CaseOpenedDocument), "caseOpened")]
[JsonDerivedType(typeof(CaseReportedDocument), "caseReported")]
[JsonDerivedType(typeof(CaseAcceptedDocument), "caseAccepted")]
[JsonDerivedType(typeof(InvestigationStartedDocument), "investigationStarted")]
[JsonDerivedType(typeof(VerificationRecordedDocument), "verificationRecorded")]
[JsonDerivedType(typeof(HomeVisitRequiredDocument), "homeVisitRequired")]
[JsonDerivedType(typeof(HomeVisitRecordedDocument), "homeVisitRecorded")]
[JsonDerivedType(typeof(NoticePublishedDocument), "noticePublished")]
[JsonDerivedType(typeof(ObjectionRaisedDocument), "objectionRaised")]
[JsonDerivedType(typeof(CaseApprovedDocument), "caseApproved")]
[JsonDerivedType(typeof(CaseRejectedDocument), "caseRejected")]
[JsonDerivedType(typeof(CaseReferredDocument), "caseReferred")]
[JsonDerivedType(typeof(RejectionNotifiedDocument), "rejectionNotified")]
[JsonDerivedType(typeof(GreenChannelGrantedDocument), "greenChannelGranted")]
[JsonDerivedType(typeof(PaymentMadeDocument), "paymentMade")]
[JsonDerivedType(typeof(PaperworkCompletedDocument), "paperworkCompleted")]
[JsonDerivedType(typeof(RecoveryOpenedDocument), "recoveryOpened")]
[JsonDerivedType(typeof(RecoveryReceivedDocument), "recoveryReceived")]
[JsonDerivedType(typeof(FraudEstablishedDocument), "fraudEstablished")]
[JsonDerivedType(typeof(TaskCompletedDocument), "taskCompleted")]
[JsonDerivedType(typeof(AccountableAssignedDocument), "accountableAssigned")]
[JsonDerivedType(typeof(CaseEscalatedDocument), "caseEscalated")]
[JsonDerivedType(typeof(OutcomeRecordedDocument), "outcomeRecorded")]
[JsonDerivedType(typeof(UnmetNeedRecordedDocument), "unmetNeedRecorded")]
[JsonDerivedType(typeof(CharityReferredDocument), "charityReferred")]
[JsonDerivedType(typeof(ServiceRecordedDocument), "serviceRecorded")]
[JsonDerivedType(typeof(SpecialCaseMarkedDocument), "specialCaseMarked")]
[JsonDerivedType(typeof(BenefitChangedDocument), "benefitChanged")]
[JsonDerivedType(typeof(CaseClosedDocument), "caseClosed")]
[Description("One event: who did what, when, at which stage and why.")]
public abstract record CaseEventDocument
{
    /// <summary>The event's number in the history, from 1 without gaps.</summary>
    [Range(1, int.MaxValue)]
    [Description("The event's number in the history, from 1 without gaps.")]
    public required int Sequence { get; init; }

    /// <summary>The case, 1 to 64 characters.</summary>
    [Description("The case, 1 to 64 characters.")]
    public required string CaseId { get; init; }

    /// <summary>Who recorded the event: an opaque staff ID.</summary>
    [Description("Who recorded the event: an opaque staff ID, 1 to 64 characters.")]
    public required string StaffId { get; init; }

    /// <summary>When, in UTC; never before the case's previous event.</summary>
    [Description("When, in UTC; never before the case's previous event.")]
    public required Instant At { get; init; }

    /// <summary>The stage the case is at after the event (ZF-WF-03).</summary>
    [Description("The stage the case is at after the event (ZF-WF-03).")]
    public required CaseStage Stage { get; init; }

    /// <summary>Why, in the staff member's words.</summary>
    [Description("Why, in the staff member's words; 1 to 500 characters.")]
    public required string Reason { get; init; }

    /// <summary>In a stored history, the hash of the history before this event (<see cref="Assistance.CaseHistoryChain"/>).</summary>
    [Description("In a stored history: the hash of the history before this event, so that an edited, removed, inserted or moved event is found.")]
    public ChainLinkDocument? Chain { get; init; }
}
