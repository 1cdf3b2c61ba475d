using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>recordHomeVisit</c> command: records the mandatory home visit by enough investigators (WF-05).</summary>
[Description("Records the mandatory home visit by enough investigators (WF-05).")]
public sealed record RecordHomeVisitActionDocument : CaseActionDocument
{
    /// <summary>The investigators' opaque staff IDs, distinct.</summary>
    [Description("The investigators' opaque staff IDs, distinct.")]
    public required ImmutableArray<string> Investigators { get; init; }
}
