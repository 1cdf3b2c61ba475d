using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace DomainKit.Contracts;

/// <summary>The <c>investigationStarted</c> event: the investigation starts (VR-04).</summary>
[Description("The investigation starts (VR-04).")]
public sealed record InvestigationStartedDocument : CaseEventDocument
{
    /// <summary>The investigators' staff IDs, distinct.</summary>
    [Description("The investigators' staff IDs, distinct.")]
    public required ImmutableArray<string> Investigators { get; init; }

    /// <summary>The fewest investigators the policy asks for (VR-04).</summary>
    [Range(0, 1000)]
    [Description("The fewest investigators the policy asks for (VR-04).")]
    public required int MinimumInvestigators { get; init; }
}
