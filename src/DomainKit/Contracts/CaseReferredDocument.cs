using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>caseReferred</c> event: the case is referred to a department (ZF-WF-03).</summary>
[Description("The case is referred to a department (ZF-WF-03).")]
public sealed record CaseReferredDocument : CaseEventDocument
{
    /// <summary>The department referred to.</summary>
    [Description("The department referred to.")]
    public required Department Department { get; init; }
}
