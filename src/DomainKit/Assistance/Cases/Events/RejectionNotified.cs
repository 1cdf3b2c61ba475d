namespace DomainKit.Assistance;

/// <summary>The household was told of the rejection in writing, with reasons (WF-03).</summary>
public sealed record RejectionNotified : CaseEvent;
