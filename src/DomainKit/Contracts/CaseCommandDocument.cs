using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/case-command@1</c> contract: one command on a case (read by <see cref="Assistance.CaseCommandJson"/>).</summary>
[Description("One command on a case: who acts, when, why, the case version they saw, and the command with its own fields.")]
public sealed record CaseCommandDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/case-command@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The acting staff member's opaque ID, never a name.</summary>
    [Description("The acting staff member's opaque ID, 1 to 64 characters; never a name.")]
    public required string StaffId { get; init; }

    /// <summary>When the action happens, in UTC; its date in the case's time zone is the date the rules use.</summary>
    [Description("When the action happens, in UTC; its date in the case's time zone is the date the rules use.")]
    public required Instant At { get; init; }

    /// <summary>Why, in the staff member's words.</summary>
    [Description("Why, in the staff member's words; 1 to 500 characters.")]
    public required string Reason { get; init; }

    /// <summary>The case version the staff member saw: its number of events; 0 to open a case.</summary>
    [Range(0, 100000)]
    [Description("The case version the staff member saw: its number of events; 0 to open a case. A stale version is refused and changes nothing.")]
    public required int ExpectedVersion { get; init; }

    /// <summary>The command.</summary>
    [Description("The command: its type and its own fields.")]
    public required CaseActionDocument Command { get; init; }
}
