using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>completeTask</c> command: records a department's task as done (ZF-WF-02).</summary>
[Description("Records a department's task as done (ZF-WF-02).")]
public sealed record CompleteTaskActionDocument : CaseActionDocument
{
    /// <summary>The department whose task is done.</summary>
    [Description("The department whose task is done.")]
    public required Department Department { get; init; }
}
