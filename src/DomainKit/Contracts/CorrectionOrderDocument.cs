using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>An order to correct a tolerated mistake.</summary>
[Description("An order to correct a tolerated mistake (SX-FT-03); outcome and followedUpOn come together or not at all.")]
public sealed record CorrectionOrderDocument
{
    /// <summary>The tolerated mistake it corrects.</summary>
    [Description("The tolerated mistake it corrects.")]
    public required string MistakeId { get; init; }

    /// <summary>The day the correction was ordered.</summary>
    [Description("The day the correction was ordered.")]
    public required LocalDate OrderedOn { get; init; }

    /// <summary>The deadline, on or after the order.</summary>
    [Description("The deadline, on or after the order.")]
    public required LocalDate Deadline { get; init; }

    /// <summary>corrected or notCorrected, once followed up.</summary>
    [Description("corrected or notCorrected, once followed up.")]
    public CorrectionOutcome? Outcome { get; init; }

    /// <summary>The day of the follow-up.</summary>
    [Description("The day of the follow-up.")]
    public LocalDate? FollowedUpOn { get; init; }
}
