namespace DomainKit.Assistance;

/// <summary>A home visit became mandatory before approval (WF-05).</summary>
public sealed record HomeVisitRequired : CaseEvent
{
    /// <summary>Why.</summary>
    public required HomeVisitCause Cause { get; init; }
}
