namespace DomainKit.Assistance;

/// <summary>The case closed: every department task done, nothing left to recover.</summary>
public sealed record CaseClosed : CaseEvent;
