using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace DomainKit.Contracts;

/// <summary>The <c>homeVisitRecorded</c> event: the home visit is made (WF-05).</summary>
[Description("The home visit is made (WF-05).")]
public sealed record HomeVisitRecordedDocument : CaseEventDocument
{
    /// <summary>The investigators' staff IDs, distinct.</summary>
    [Description("The investigators' staff IDs, distinct.")]
    public required ImmutableArray<string> Investigators { get; init; }

    /// <summary>The fewest investigators the policy asks for (VR-04).</summary>
    [Range(0, 1000)]
    [Description("The fewest investigators the policy asks for (VR-04).")]
    public required int MinimumInvestigators { get; init; }
}
