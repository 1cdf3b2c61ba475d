namespace DomainKit.Assistance;

/// <summary>Investigators visited the home (WF-05, VR-04).</summary>
public sealed record HomeVisitRecorded : InvestigatorsEvent;
