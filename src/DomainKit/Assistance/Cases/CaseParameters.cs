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
        "publicationNameMasking", "PB-03", ParameterUnit.Choice, "How names are shown in publication views.", new EnumCodec<NameMasking>());
}
