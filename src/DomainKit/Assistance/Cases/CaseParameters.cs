using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of case handling: routing, escalation for supervision and publication.</summary>
public static class CaseParameters
{
    /// <summary>ZF-WF-04: which department handles each need. Optional: without it every need goes to the county (ZF-WF-02).</summary>
    public static readonly PolicyParameter<RoutingTable> Routing = new(
        "caseRouting", "ZF-WF-04", ParameterUnit.Table, "Which department handles each need.", new RoutingTableCodec(), optional: true);

    /// <summary>ZF-ACC-02: working days a time limit is late before the case is escalated for supervision. No source gives a value.</summary>
    public static readonly PolicyParameter<int> EscalationWorkingDaysLate = ParameterFactory.Whole(
        "escalationWorkingDaysLate", "ZF-ACC-02", ParameterUnit.WorkingDays, "Working days late that escalate a case for supervision.", 1, 365, optional: true, requiresLocalValue: true);

    /// <summary>ZF-ACC-02: objections to a case's notices that escalate it for supervision. No source gives a value.</summary>
    public static readonly PolicyParameter<int> EscalationObjections = ParameterFactory.Whole(
        "escalationObjections", "ZF-ACC-02", ParameterUnit.Count, "Objections that escalate a case for supervision.", 1, 100, optional: true, requiresLocalValue: true);

    /// <summary>ZF-ACC-02: an amount approved or paid first that escalates a case for supervision. No source gives a value.</summary>
    public static readonly PolicyParameter<Money> EscalationAmount = ParameterFactory.Amount(
        "escalationAmount", "ZF-ACC-02", ParameterUnit.Yuan, "Amount approved or paid first that escalates a case for supervision.", allowZero: false, optional: true, requiresLocalValue: true);

    /// <summary>PB-03, ZF-VR-03: how names are shown in publication views.</summary>
    public static readonly PolicyParameter<NameMasking> PublicationNameMasking = new(
        "publicationNameMasking", "PB-03", ParameterUnit.Choice, "How names are shown in publication views.", new EnumCodec<NameMasking>(MessageKeys.NameMaskingTerm));

    /// <summary>
    /// WF-04: how many months after the month of confirmation (approval) a monthly benefit starts; local copies
    /// of the rule say the month after, so 1. Dated, so a locality that changes it keeps earlier approvals as they were.
    /// </summary>
    public static readonly PolicyParameter<int> BenefitStartDelayMonths = ParameterFactory.Whole(
        "benefitStartDelayMonths", "WF-04", ParameterUnit.Months, "Months after confirmation that a monthly benefit starts.", 0, 12);

    /// <summary>
    /// TA-02: the largest temporary-assistance sum the county delegates to the township to approve; larger sums,
    /// and every sum when it is not set, are approved by the county. No source gives an amount.
    /// </summary>
    public static readonly PolicyParameter<Money> TownshipApprovalLimit = ParameterFactory.Amount(
        "temporaryTownshipApprovalLimit", "TA-02", ParameterUnit.Yuan, "Largest temporary-assistance sum the township may approve.", allowZero: false, optional: true, requiresLocalValue: true);
}
