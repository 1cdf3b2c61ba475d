using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// What every command on a case carries: who acts, when, why, and the version of the case they acted on.
/// A command whose expected version is not the case's version is refused as a conflict and changes nothing
/// (optimistic concurrency: reload the case and retry).
/// </summary>
/// <param name="StaffId">The acting staff member's opaque ID (1 to 64 characters); never a name.</param>
/// <param name="At">When the action happens; its date in the case's time zone is the date rules use.</param>
/// <param name="Reason">Why (1 to 500 characters), recorded on the event.</param>
/// <param name="ExpectedVersion">The case version the staff member saw: the number of events so far.</param>
public sealed record CaseCommand(string StaffId, Instant At, string Reason, long ExpectedVersion);
