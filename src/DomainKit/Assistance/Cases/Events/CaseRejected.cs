namespace DomainKit.Assistance;

/// <summary>The case was rejected; the written notice with reasons is due within the policy's limit (WF-03).</summary>
public sealed record CaseRejected : CaseEvent;
