using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>requireHomeVisit</c> command: makes a home visit mandatory before approval (WF-05).</summary>
[Description("Makes a home visit mandatory before approval (WF-05).")]
public sealed record RequireHomeVisitActionDocument : CaseActionDocument
{
    /// <summary>Why the visit is mandatory (WF-05).</summary>
    [Description("Why the visit is mandatory (WF-05).")]
    public required HomeVisitCause Cause { get; init; }
}
