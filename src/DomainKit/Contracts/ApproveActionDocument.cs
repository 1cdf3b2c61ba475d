using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>approve</c> command: approves the programme and amount the completed notice proposed (WF-04, TA-02).</summary>
[Description("Approves the programme and amount the completed notice proposed (WF-04, TA-02).")]
public sealed record ApproveActionDocument : CaseActionDocument
{
    /// <summary>The level approving (TA-02); county when left out.</summary>
    [Description("The level approving (TA-02); county when left out.")]
    public ApprovalLevel? Level { get; init; }
}
