using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/case-update@1</c> contract: what a command appended (written by <see cref="CaseCommandJson.WriteUpdate"/>).</summary>
[Description("What a command appended to a case: the case's version and stage after it, and the new events.")]
public sealed record CaseUpdateDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/case-update@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The case.</summary>
    [Description("The case, 1 to 64 characters.")]
    public required string CaseId { get; init; }

    /// <summary>The case's version after the command: the next command's expected version.</summary>
    [Range(1, 100000)]
    [Description("The case's version after the command: the number of its events, and the next command's expected version.")]
    public required int Version { get; init; }

    /// <summary>The stage the case is at after the command (ZF-WF-03).</summary>
    [Description("The stage the case is at after the command (ZF-WF-03).")]
    public required CaseStage Stage { get; init; }

    /// <summary>The events the command appended, in order, as the history contract writes them.</summary>
    [Description("The events the command appended, in order, as the history contract writes them (without chain links).")]
    public required ImmutableArray<CaseEventDocument> Events { get; init; }
}
