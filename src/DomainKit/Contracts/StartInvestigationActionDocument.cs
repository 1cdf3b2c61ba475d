using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>startInvestigation</c> command: starts the investigation with at least the policy's number of investigators (VR-04).</summary>
[Description("Starts the investigation with at least the policy's number of investigators (VR-04).")]
public sealed record StartInvestigationActionDocument : CaseActionDocument
{
    /// <summary>The investigators' opaque staff IDs, distinct.</summary>
    [Description("The investigators' opaque staff IDs, distinct.")]
    public required ImmutableArray<string> Investigators { get; init; }
}
