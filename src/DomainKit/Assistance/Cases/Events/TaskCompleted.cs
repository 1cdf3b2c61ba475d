namespace DomainKit.Assistance;

/// <summary>A department finished its part of the case.</summary>
public sealed record TaskCompleted : CaseEvent
{
    /// <summary>The department.</summary>
    public required Department Department { get; init; }
}
