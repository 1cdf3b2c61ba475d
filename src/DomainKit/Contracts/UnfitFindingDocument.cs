using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>An unfit situation found on a cadre (PD-02).</summary>
[Description("An unfit situation found on a cadre (PD-02), with the source of its evidence (SX-PD-00); remedy and remediedOn come together or not at all, so do outcome and followedUpOn, and a follow-up needs a remedy. Only a remedy that failed (notCorrected) makes the situation a step-down trigger.")]
public sealed record UnfitFindingDocument
{
    /// <summary>The finding's opaque ID.</summary>
    [Description("The finding's opaque ID, 1 to 64 characters.")]
    public required string Id { get; init; }

    /// <summary>Which of the ten situations.</summary>
    [Description("Which of the ten situations of NSNX15 art. 8.")]
    public required UnfitSituation Situation { get; init; }

    /// <summary>The day it was found.</summary>
    [Description("The day it was found.")]
    public required LocalDate FoundOn { get; init; }

    /// <summary>Where the evidence came from.</summary>
    [Description("Where the evidence came from: statistics, audit or inspection.")]
    public required EvidenceSource Source { get; init; }

    /// <summary>The remedy taken: reminder, inquiry or admonition.</summary>
    [Description("The remedy taken: reminder (提醒教育), inquiry (函询) or admonition (诫勉).")]
    public UnfitRemedy? Remedy { get; init; }

    /// <summary>The day of the remedy.</summary>
    [Description("The day of the remedy, on or after foundOn.")]
    public LocalDate? RemediedOn { get; init; }

    /// <summary>What follow-up of the remedy found.</summary>
    [Description("corrected or notCorrected, once the remedy was followed up.")]
    public CorrectionOutcome? Outcome { get; init; }

    /// <summary>The day of the follow-up.</summary>
    [Description("The day of the follow-up, on or after remediedOn.")]
    public LocalDate? FollowedUpOn { get; init; }
}
