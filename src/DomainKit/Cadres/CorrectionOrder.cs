using NodaTime;

namespace DomainKit.Cadres;

/// <summary>The correction (纠错) ordered with a tolerated mistake, its deadline and what follow-up found (SX-FT-03).</summary>
/// <param name="MistakeId">The tolerated mistake it corrects.</param>
/// <param name="OrderedOn">The day it was ordered.</param>
/// <param name="Deadline">The last day to correct.</param>
/// <param name="Outcome">What follow-up found, or null while it is pending.</param>
/// <param name="FollowedUpOn">The day of the follow-up, or null while it is pending.</param>
public sealed record CorrectionOrder(string MistakeId, LocalDate OrderedOn, LocalDate Deadline, CorrectionOutcome? Outcome = null, LocalDate? FollowedUpOn = null);
