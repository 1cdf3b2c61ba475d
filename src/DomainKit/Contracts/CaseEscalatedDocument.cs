using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>caseEscalated</c> event: the case is escalated for supervision (ZF-ACC-02).</summary>
[Description("The case is escalated for supervision (ZF-ACC-02).")]
public sealed record CaseEscalatedDocument : CaseEventDocument
{
    /// <summary>Each criterion the case met, once.</summary>
    [Description("Each criterion the case met, once.")]
    public required ImmutableArray<EscalationReason> Reasons { get; init; }
}
