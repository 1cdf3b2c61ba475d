using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>taskCompleted</c> event: a department completes its task on the case (ZF-WF-04).</summary>
[Description("A department completes its task on the case (ZF-WF-04).")]
public sealed record TaskCompletedDocument : CaseEventDocument
{
    /// <summary>The department.</summary>
    [Description("The department.")]
    public required Department Department { get; init; }
}
