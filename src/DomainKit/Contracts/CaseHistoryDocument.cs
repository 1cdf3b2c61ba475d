using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/case-history@2</c> contract: a case's append-only event history (read and written by <see cref="Assistance.CaseEventJson"/>).</summary>
[Description("A case's append-only event history; replaying it rebuilds the case, and every event is checked as the command that made it was.")]
public sealed record CaseHistoryDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/case-history@2";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The events, in order, at most 100,000.</summary>
    [Description("The events, in order, at most 100,000.")]
    public required ImmutableArray<CaseEventDocument> Events { get; init; }

    /// <summary>The chain hash after the last event: what an integrator keeps elsewhere to compare the history with.</summary>
    [Description("The chain hash after the last event, in lower-case hex: keep it apart from the history and compare it when the history is read back.")]
    public string? Head { get; init; }
}
