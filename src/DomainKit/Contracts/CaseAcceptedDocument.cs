using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>caseAccepted</c> event: the one window accepts the case and hands each need to its department (ZF-WF-02, ZF-WF-04).</summary>
[Description("The one window accepts the case and hands each need to its department (ZF-WF-02, ZF-WF-04).")]
public sealed record CaseAcceptedDocument : CaseEventDocument
{
    /// <summary>The needs, each named once.</summary>
    [Description("The needs, each named once.")]
    public required ImmutableArray<Need> Needs { get; init; }

    /// <summary>One task per department, together covering each need exactly once.</summary>
    [Description("One task per department, together covering each need exactly once.")]
    public required ImmutableArray<DepartmentTaskDocument> Tasks { get; init; }
}
