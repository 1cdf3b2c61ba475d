namespace DomainKit.Assistance;

/// <summary>The investigation began, with at least the policy's number of investigators (VR-04).</summary>
public sealed record InvestigationStarted : InvestigatorsEvent;
