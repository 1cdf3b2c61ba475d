namespace DomainKit.Assistance;

/// <summary>The paperwork of an aid-first payment is complete: the case continues in the normal flow.</summary>
public sealed record PaperworkCompleted : CaseEvent;
