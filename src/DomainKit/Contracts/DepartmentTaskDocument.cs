using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>A department's task on a case.</summary>
[Description("A department's task on a case (ZF-WF-04).")]
public sealed record DepartmentTaskDocument
{
    /// <summary>The department.</summary>
    [Description("The department.")]
    public required Department Department { get; init; }

    /// <summary>The needs it handles.</summary>
    [Description("The needs it handles.")]
    public required ImmutableArray<Need> Needs { get; init; }

    /// <summary>The staff ID that completed the task, once done.</summary>
    [Description("The staff ID that completed the task, once done.")]
    public string? CompletedBy { get; init; }
}
