namespace DomainKit.Assistance;

/// <summary>A staff member was made accountable for the case's current stage (ZF-WF-03, ZF-ACC-01).</summary>
public sealed record AccountableAssigned : CaseEvent
{
    /// <summary>The accountable staff member's opaque ID.</summary>
    public required string AccountableStaffId { get; init; }
}
