using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// One fact in a case's append-only history: who did what, when, at which stage and why. A case is the fold
/// of its events (<see cref="AssistanceCase.Replay(IEnumerable{CaseEvent})"/>); events are never edited or removed, and a correction
/// such as a recovery is a new event.
/// </summary>
/// <remarks>
/// A command fills in the header (sequence, case, staff, time, stage, reason); replaying checks every field,
/// so a history read back from storage is held to the same rules as the commands that wrote it.
/// Events hold opaque staff IDs, never staff names; only <see cref="CaseOpened"/> holds personal data.
/// </remarks>
public abstract record CaseEvent
{
    /// <summary>The event's number in its case, from 1 with no gaps: the case's version after it.</summary>
    public long Sequence { get; init; }

    /// <summary>The case's opaque ID.</summary>
    public string CaseId { get; init; } = string.Empty;

    /// <summary>The acting staff member's opaque ID.</summary>
    public string StaffId { get; init; } = string.Empty;

    /// <summary>When it happened.</summary>
    public Instant At { get; init; }

    /// <summary>The stage the case was in when it happened.</summary>
    public CaseStage Stage { get; init; }

    /// <summary>Why, as the staff member recorded it.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>
    /// The event's kind and header, for logs: never its reason or any other free text, which a staff member may have
    /// filled with a person's details, and never the applicant. Sealed, so no event type prints more.
    /// </summary>
    public sealed override string ToString() =>
        $"{GetType().Name} #{Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)} case {CaseId} by {StaffId} at {NodaTime.Text.InstantPattern.ExtendedIso.Format(At)} ({Serialization.EnumTokens<CaseStage>.ToToken(Stage)})";
}
