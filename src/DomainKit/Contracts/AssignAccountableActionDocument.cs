using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>assignAccountable</c> command: names the staff member accountable for the case's current stage (ZF-ACC-01).</summary>
[Description("Names the staff member accountable for the case's current stage (ZF-ACC-01).")]
public sealed record AssignAccountableActionDocument : CaseActionDocument
{
    /// <summary>The accountable staff member's opaque ID, 1 to 64 characters.</summary>
    [Description("The accountable staff member's opaque ID, 1 to 64 characters.")]
    public required string AccountableStaffId { get; init; }
}
