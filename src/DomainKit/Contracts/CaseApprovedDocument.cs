using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>caseApproved</c> event: the case is approved for a programme and amount (ZF-WF-03).</summary>
[Description("The case is approved for a programme and amount (ZF-WF-03).")]
public sealed record CaseApprovedDocument : CaseEventDocument
{
    /// <summary>The programme approved.</summary>
    [Description("The programme approved.")]
    public required Programme Programme { get; init; }

    /// <summary>The amount approved.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [Description("The amount approved.")]
    public required decimal Amount { get; init; }
}
