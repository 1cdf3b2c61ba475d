using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// An unfit situation found on a cadre (PD-02), with where the evidence came from (SX-PD-00) and, once taken, the
/// remedy and what follow-up found. Only a remedy that failed (<see cref="CorrectionOutcome.NotCorrected"/>) makes it
/// a step-down trigger.
/// </summary>
/// <param name="Id">The finding's opaque ID.</param>
/// <param name="Situation">Which of the ten situations.</param>
/// <param name="FoundOn">The day it was found.</param>
/// <param name="Source">Where the evidence came from: statistics, audit or inspection.</param>
public sealed record UnfitFinding(string Id, UnfitSituation Situation, LocalDate FoundOn, EvidenceSource Source)
{
    /// <summary>The remedy taken, or null while none has been.</summary>
    public UnfitRemedy? Remedy { get; init; }

    /// <summary>The day of the remedy.</summary>
    public LocalDate? RemediedOn { get; init; }

    /// <summary>What follow-up of the remedy found, or null while it is pending.</summary>
    public CorrectionOutcome? Outcome { get; init; }

    /// <summary>The day of the follow-up.</summary>
    public LocalDate? FollowedUpOn { get; init; }
}
