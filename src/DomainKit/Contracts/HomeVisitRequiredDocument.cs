using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>homeVisitRequired</c> event: a home visit becomes mandatory (WF-05).</summary>
[Description("A home visit becomes mandatory (WF-05).")]
public sealed record HomeVisitRequiredDocument : CaseEventDocument
{
    /// <summary>Why the visit is required.</summary>
    [Description("Why the visit is required.")]
    public required HomeVisitCause Cause { get; init; }
}
