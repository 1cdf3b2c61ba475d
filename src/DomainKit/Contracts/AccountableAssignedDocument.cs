using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>accountableAssigned</c> event: a staff member is made accountable for the case (ZF-ACC-01).</summary>
[Description("A staff member is made accountable for the case (ZF-ACC-01).")]
public sealed record AccountableAssignedDocument : CaseEventDocument
{
    /// <summary>The accountable staff member's opaque ID.</summary>
    [Description("The accountable staff member's opaque ID.")]
    public required string AccountableStaffId { get; init; }
}
