namespace DomainKit.Validation;

/// <summary>
/// The stable error codes carried by <see cref="Ardalis.Result.ValidationError.ErrorCode"/>.
/// </summary>
/// <remarks>
/// Codes never change once published, so integrators may key their own messages on them. Messages
/// may be reworded; codes may not.
/// </remarks>
public static class ErrorCodes
{
    /// <summary>The text is not well-formed JSON, or nests too deeply.</summary>
    public const string JsonMalformed = "json.malformed";

    /// <summary>A JSON value has the wrong type, such as a string where a number belongs.</summary>
    public const string JsonWrongType = "json.wrongType";

    /// <summary>A JSON object has a property the contract does not define (often a misspelling).</summary>
    public const string JsonUnknownProperty = "json.unknownProperty";

    /// <summary>A JSON object names the same property twice.</summary>
    public const string JsonDuplicateProperty = "json.duplicateProperty";

    /// <summary>A JSON string is not valid Unicode: bytes that are not UTF-8, or an escaped surrogate without its pair (such as <c>\ud800</c>).</summary>
    public const string JsonInvalidText = "json.invalidText";

    /// <summary>The contract's schema or version field is missing or not one this library reads.</summary>
    public const string UnsupportedSchema = "schema.unsupported";

    /// <summary>A required value is missing.</summary>
    public const string Required = "value.required";

    /// <summary>A value lies outside its allowed range.</summary>
    public const string OutOfRange = "value.outOfRange";

    /// <summary>A value must be a whole number.</summary>
    public const string NotWholeNumber = "value.notWholeNumber";

    /// <summary>A value is not one of the names the contract allows.</summary>
    public const string UnknownName = "value.unknownName";

    /// <summary>A text value is too long.</summary>
    public const string TooLong = "value.tooLong";

    /// <summary>A text value holds a control character (a line break, a tab, an escape sequence), which a name, version, description or citation never needs.</summary>
    public const string ControlCharacter = "value.controlCharacter";

    /// <summary>An amount has a fraction of a fen, or is beyond the range money can hold.</summary>
    public const string MoneyNotExact = "money.notExact";

    /// <summary>A date is not an ISO date (yyyy-MM-dd) or does not exist.</summary>
    public const string DateInvalid = "date.invalid";

    /// <summary>A date lies after the date of evaluation where it must not.</summary>
    public const string DateInFuture = "date.inFuture";

    /// <summary>A policy file names a parameter the library does not define.</summary>
    public const string ParameterUnknown = "policy.parameter.unknown";

    /// <summary>A rule needs a parameter the policy set does not hold.</summary>
    public const string ParameterMissing = "policy.parameter.missing";

    /// <summary>A parameter has no value in effect on the date asked for.</summary>
    public const string ParameterNotInEffect = "policy.parameter.notInEffect";

    /// <summary>A parameter's timeline has no values.</summary>
    public const string TimelineEmpty = "policy.timeline.empty";

    /// <summary>A parameter's timeline lists its dates out of order.</summary>
    public const string TimelineUnsorted = "policy.timeline.unsorted";

    /// <summary>A parameter's timeline gives two values for one date.</summary>
    public const string TimelineDuplicateDate = "policy.timeline.duplicateDate";

    /// <summary>A bundled policy set with the requested identifier does not exist.</summary>
    public const string PolicyUnknown = "policy.unknown";

    /// <summary>A policy file claims the ID of a bundled policy set but differs from it.</summary>
    public const string PolicyIdReserved = "policy.id.reserved";

    /// <summary>A household has no members.</summary>
    public const string HouseholdNoMembers = "household.members.empty";

    /// <summary>A household has more members than the library accepts.</summary>
    public const string HouseholdTooManyMembers = "household.members.tooMany";

    /// <summary>A household does not have exactly one applicant.</summary>
    public const string HouseholdApplicantCount = "household.applicant.count";

    /// <summary>A household has more than one spouse of the applicant (HH-01).</summary>
    public const string HouseholdSpouseCount = "household.spouse.count";

    /// <summary>No member counts on the date of evaluation, so there is no per-capita income (HH-04).</summary>
    public const string HouseholdNoCountedMember = "household.members.noneCounted";

    /// <summary>A member's date of birth contradicts their relation to the applicant (HH-01): a child born before both parents, a parent after the applicant.</summary>
    public const string MemberBirthOrder = "member.birthDate.order";

    /// <summary>A spouse or parent is younger than the adult age on the date of evaluation (HH-01).</summary>
    public const string MemberBelowAdultAge = "member.birthDate.belowAdultAge";

    /// <summary>A member is absent for a reason that needs a start date, and none is given.</summary>
    public const string MemberAbsenceDateRequired = "member.absentSince.required";

    /// <summary>A member's absence start date is given but the member is not absent.</summary>
    public const string MemberAbsenceDateUnexpected = "member.absentSince.unexpected";

    /// <summary>A resident ID number does not have 18 characters (GEN-03).</summary>
    public const string ResidentIdLength = "id.length";

    /// <summary>A resident ID number has characters other than 17 digits and a digit or X (GEN-03).</summary>
    public const string ResidentIdCharacters = "id.characters";

    /// <summary>The date of birth in a resident ID number does not exist (GEN-03).</summary>
    public const string ResidentIdBirthDate = "id.birthDate";

    /// <summary>The check character of a resident ID number does not match (GEN-03).</summary>
    public const string ResidentIdCheckCharacter = "id.checkCharacter";

    /// <summary>A disbursement exceeds the account's balance; the fund is never overdrawn (ZF-FD-01).</summary>
    public const string FundInsufficient = "fund.insufficient";

    /// <summary>An account is used before it is opened.</summary>
    public const string FundNotOpened = "fund.notOpened";

    /// <summary>An account is opened a second time.</summary>
    public const string FundAlreadyOpened = "fund.alreadyOpened";

    /// <summary>A recovery exceeds what the account paid the case, net of earlier recoveries.</summary>
    public const string FundRecoveryExceedsPaid = "fund.recoveryExceedsPaid";

    /// <summary>An entry is dated before the ledger's last entry.</summary>
    public const string LedgerTimeOrder = "ledger.timeOrder";

    /// <summary>A replayed entry's sequence number is not the next one.</summary>
    public const string LedgerSequence = "ledger.sequence";

    /// <summary>A stored ledger opens an account with an amount other than the policy's budget for its year.</summary>
    public const string LedgerOpeningBudget = "ledger.opening.budget";

    /// <summary>An amount that must not be negative is negative.</summary>
    public const string AmountNegative = "amount.negative";

    /// <summary>Money for a purpose its fund does not pay: a named fund pays only its donor's purpose (ZF-MP-02).</summary>
    public const string FundPurpose = "fund.purpose";

    /// <summary>The command is not allowed in the case's stage or state.</summary>
    public const string CaseTransition = "case.transition";

    /// <summary>An event's sequence number is not the case's next, or it names another case.</summary>
    public const string CaseEventSequence = "case.event.sequence";

    /// <summary>A case ID is the name a case store keeps for one of its own streams (its ledger, its record of failed transactions).</summary>
    public const string CaseIdReserved = "case.id.reserved";

    /// <summary>A stored case history's hash chain is broken or missing: an event was edited, removed, inserted or moved.</summary>
    public const string CaseHistoryTampered = "case.history.tampered";

    /// <summary>A stored event states a figure (a time limit, a number of investigators) other than the one the policy and the earlier events give.</summary>
    public const string CaseEventFigure = "case.event.figure";

    /// <summary>An event claims a stage the case was not in.</summary>
    public const string CaseEventStage = "case.event.stage";

    /// <summary>An event is dated before the case's last event.</summary>
    public const string CaseEventTimeOrder = "case.event.timeOrder";

    /// <summary>Fewer investigators than the policy requires (VR-04).</summary>
    public const string CaseInvestigatorsTooFew = "case.investigators.tooFew";

    /// <summary>Approval before the public notice ran its full course without objection (PB-02).</summary>
    public const string CaseNoticeIncomplete = "case.notice.incomplete";

    /// <summary>Approval before a mandatory home visit (WF-05).</summary>
    public const string CaseHomeVisitPending = "case.homeVisit.pending";

    /// <summary>Approval before any register was checked (ZF-VR-01).</summary>
    public const string CaseNotVerified = "case.verification.missing";

    /// <summary>A payment beyond what the approval or green channel authorised.</summary>
    public const string CasePaymentExceedsApproval = "case.payment.exceedsApproval";

    /// <summary>A payment from a fund that does not pay the case's programme.</summary>
    public const string CasePaymentFund = "case.payment.fund";

    /// <summary>A recovery beyond what is outstanding or what the account paid the case.</summary>
    public const string CaseRecoveryExceeds = "case.recovery.exceeds";

    /// <summary>Closing while a department task is open (ZF-WF-02).</summary>
    public const string CaseTasksOpen = "case.tasks.open";

    /// <summary>Closing while money remains to be recovered.</summary>
    public const string CaseRecoveryOutstanding = "case.recovery.outstanding";

    /// <summary>Aid on the case was stopped for fraud (FR-01).</summary>
    public const string CaseAidStopped = "case.aidStopped";

    /// <summary>The green channel's paperwork deadline has passed, or has not yet passed for a lapse (ZF-TA-01).</summary>
    public const string CasePaperworkDeadline = "case.paperwork.deadline";

    /// <summary>Escalation when the case meets none of the policy's criteria (ZF-ACC-02).</summary>
    public const string CaseEscalationNoCriterion = "case.escalation.noCriterion";

    /// <summary>The level approving may not approve the programme or the sum (TA-02).</summary>
    public const string CaseApprovalLevel = "case.approval.level";

    /// <summary>A month of a monthly benefit is paid before the benefit starts (WF-04).</summary>
    public const string CaseBenefitNotStarted = "case.benefit.notStarted";

    /// <summary>A cadre's record names a year, project or mistake twice.</summary>
    public const string CadreDuplicate = "cadre.duplicate";

    /// <summary>Appraisal votes do not add up to the votes cast.</summary>
    public const string CadreVotesDoNotAddUp = "cadre.votes.sum";

    /// <summary>Dates in a cadre's record are out of order, such as a deadline before its order.</summary>
    public const string CadreDatesOutOfOrder = "cadre.dates.order";

    /// <summary>A proposed grade distribution gives more excellent grades than the quota allows (CA-06).</summary>
    public const string CadreQuotaExceeded = "cadre.quota.exceeded";

    /// <summary>Indicator weights do not add up to 100%.</summary>
    public const string CadreWeightsNot100 = "cadre.weights.sum";

    /// <summary>A step of the step-down procedure out of order or skipped (SX-PD-00).</summary>
    public const string CadreProcedureStep = "cadre.procedure.step";

    /// <summary>A region is not an administrative division code of GB/T 2260 (six digits with a province part the standard assigns).</summary>
    public const string RegionCodeInvalid = "policy.region.invalid";

    /// <summary>No layer of the registry covers the region, nor any division that contains it.</summary>
    public const string RegionUnknown = "policy.region.unknown";

    /// <summary>A region's chain of layers skips a division the registry holds a layer for, or rests on a layer of a division that does not contain it.</summary>
    public const string RegionGap = "policy.region.gap";

    /// <summary>Two layers of a registry are for the same region.</summary>
    public const string RegionDuplicate = "policy.region.duplicate";

    /// <summary>A layer's <c>basedOn</c> names neither a bundled policy set nor a file that can be read.</summary>
    public const string BaseNotFound = "policy.basedOn.notFound";

    /// <summary>Layers name each other as their base in a circle.</summary>
    public const string BaseCycle = "policy.basedOn.cycle";

    /// <summary>A chain of layers is deeper than <see cref="Policies.PolicySetFiles.MaxLayers"/>.</summary>
    public const string BaseTooDeep = "policy.basedOn.tooDeep";

    /// <summary>A layer names a file as its base but was read from bytes alone, with no file to resolve it against.</summary>
    public const string BaseNeedsFile = "policy.basedOn.needsFile";

    /// <summary>A parameter adds dated values (<c>add</c>) in a policy set that is not based on another, or gives both <c>values</c> and <c>add</c>.</summary>
    public const string LayerAddWithoutBase = "policy.layer.addWithoutBase";

    /// <summary>Reports combined into one were not compared alike: another date, policy set, take-up rate, poverty line or budget.</summary>
    public const string ComparisonPartsDiffer = "comparison.partsDiffer";

    /// <summary>A reform report's figures contradict each other: more winners and losers than households, a programme or fund missing or repeated, a budget year not the year compared.</summary>
    public const string ComparisonInconsistent = "comparison.inconsistent";

    /// <summary>A reform report's income groups or regions are not each once in order (lowest income or code first), or an income group is not a band.</summary>
    public const string ComparisonGroupsUnsorted = "comparison.groups.unsorted";
}
