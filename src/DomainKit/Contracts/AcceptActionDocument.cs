using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>accept</c> command: accepts the case at the one window and routes each need to its department (ZF-WF-02).</summary>
[Description("Accepts the case at the one window and routes each need to its department (ZF-WF-02).")]
public sealed record AcceptActionDocument : CaseActionDocument
{
    /// <summary>The needs the household brings, at least one.</summary>
    [Description("The needs the household brings, at least one.")]
    public required ImmutableArray<Need> Needs { get; init; }
}
