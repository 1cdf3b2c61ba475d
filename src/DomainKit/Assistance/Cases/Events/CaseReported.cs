namespace DomainKit.Assistance;

/// <summary>Whoever found the household helped it report its need to a window.</summary>
public sealed record CaseReported : CaseEvent;
