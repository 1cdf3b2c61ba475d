using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// A social-assistance case (救急难) as an aggregate with an append-only, replayable history: from discovery
/// through report, one-window acceptance, review, approval or referral, to effect evaluation (ZF-WF-03).
/// </summary>
/// <remarks>
/// <para>
/// Every command is checked against the current state and returns a <see cref="CaseUpdate"/> with the events
/// it appended, Invalid with the reason and a stable code, or Conflict when the command's expected version
/// is stale. A refused command changes nothing: the case is immutable, and a command that appends several
/// events (or moves money on a <see cref="FundLedger"/>) succeeds whole or not at all.
/// </para>
/// <para>
/// The state is the fold of the events: <see cref="Replay(IEnumerable{CaseEvent})"/> rebuilds it from stored events and holds each to
/// the same rules as the command that wrote it. Dates are read in the case's time zone. This type is
/// immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial record AssistanceCase
{
    /// <summary>The time zone of a case opened without one: China Standard Time.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>The longest case, staff or department ID accepted.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 500;

    private const long MaxFen = Household.MaxAmountYuan * 100;

    // The years the fund ledger accepts; keeping every event inside them keeps every deadline countable.
    private static readonly Instant EarliestEvent = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant LatestEvent = Instant.FromUtc(2200, 12, 1, 0, 0);

    private AssistanceCase(CaseOpened opened, DateTimeZone zone)
    {
        CaseId = opened.CaseId;
        Channel = opened.Channel;
        Applicant = opened.Applicant;
        TimeZone = zone;
        Stage = opened.Stage;
        OpenedOn = opened.At.InZone(zone).Date;
        Events = [opened];
        Accountable = ImmutableDictionary<CaseStage, string>.Empty.Add(opened.Stage, opened.StaffId);
        EnteredOn = ImmutableDictionary<CaseStage, LocalDate>.Empty.Add(opened.Stage, OpenedOn);
    }

    /// <summary>The case's opaque ID.</summary>
    public string CaseId { get; }

    /// <summary>The case's version: the number of events in its history.</summary>
    public long Version => Events.Length;

    /// <summary>The history, oldest first.</summary>
    public ImmutableArray<CaseEvent> Events { get; private init; }

    /// <summary>The stage the case is in.</summary>
    public CaseStage Stage { get; private init; }

    /// <summary>How the case reached the system (ZF-WF-01).</summary>
    public IntakeChannel Channel { get; }

    /// <summary>The applicant; personal data, never published except as <see cref="Publication"/> masks it.</summary>
    public CaseApplicant Applicant { get; }

    /// <summary>The time zone in which the case's dates are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The date the case was opened.</summary>
    public LocalDate OpenedOn { get; }

    /// <summary>The date each stage the case reached was entered.</summary>
    public ImmutableDictionary<CaseStage, LocalDate> EnteredOn { get; private init; }

    /// <summary>The staff accountable for each stage the case reached: who moved it there, unless someone was assigned (ZF-ACC-01).</summary>
    public ImmutableDictionary<CaseStage, string> Accountable { get; private init; }

    /// <summary>The needs accepted, in need order.</summary>
    public ImmutableArray<Need> Needs { get; private init; } = [];

    /// <summary>One task per department the needs were routed to (ZF-WF-02).</summary>
    public ImmutableArray<DepartmentTask> Tasks { get; private init; } = [];

    /// <summary>The investigators who started the investigation (VR-04).</summary>
    public ImmutableArray<string> Investigators { get; private init; } = [];

    /// <summary>What the registers said against the declarations (VR-02).</summary>
    public ImmutableArray<VerificationFinding> Findings { get; private init; } = [];

    /// <summary>The date of the first register check, which ends the data-check limit (VR-04).</summary>
    public LocalDate? FirstVerifiedOn { get; private init; }

    /// <summary>Why a home visit is mandatory, if it is (WF-05).</summary>
    public ImmutableArray<HomeVisitCause> HomeVisitCauses { get; private init; } = [];

    /// <summary>Whether a mandatory home visit has not yet taken place since it was last required (WF-05).</summary>
    public bool HomeVisitPending { get; private init; }

    /// <summary>The latest public notice, if one went up (PB-01, PB-02).</summary>
    public CaseNotice? Notice { get; private init; }

    /// <summary>How many objections the notices drew.</summary>
    public int Objections { get; private init; }

    /// <summary>How the decision stage ended the review, once it has.</summary>
    public CaseResolution? Resolution { get; private init; }

    /// <summary>The date of the decision.</summary>
    public LocalDate? DecidedOn { get; private init; }

    /// <summary>The programme approved.</summary>
    public Programme? ApprovedProgramme { get; private init; }

    /// <summary>The total amount the approval authorised, aid paid first included.</summary>
    public Money ApprovedAmount { get; private init; }

    /// <summary>The sequence number of the approval event, which every approval payment cites.</summary>
    public long? ApprovedBy { get; private init; }

    /// <summary>Where the case was referred.</summary>
    public Department? ReferredTo { get; private init; }

    /// <summary>The date the household was told of a rejection in writing (WF-03).</summary>
    public LocalDate? RejectionNotifiedOn { get; private init; }

    /// <summary>The aid-first payment, if the green channel was used (TA-03, ZF-TA-01).</summary>
    public GreenChannel? GreenChannel { get; private init; }

    /// <summary>The date the green channel was granted.</summary>
    public LocalDate? GreenChannelGrantedOn { get; private init; }

    /// <summary>The sequence number of the green-channel decision, which its payment cites.</summary>
    public long? GreenChannelGrantedBy { get; private init; }

    /// <summary>Every payment, oldest first.</summary>
    public ImmutableArray<CasePayment> Payments { get; private init; } = [];

    /// <summary>The total government programmes paid on the case: approved aid and aid paid first.</summary>
    public Money TotalPaid { get; private init; }

    /// <summary>The total charity projects and named funds paid on the case (ZF-MP-01, ZF-MP-02).</summary>
    public Money CharityPaid { get; private init; }

    /// <summary>What each need still lacked when last recorded after government programmes paid (ZF-MP-01).</summary>
    public ImmutableDictionary<Need, Money> UnmetNeeds { get; private init; } = ImmutableDictionary<Need, Money>.Empty;

    /// <summary>Every referral to a charity project, oldest first.</summary>
    public ImmutableArray<CharityReferral> CharityReferrals { get; private init; } = [];

    /// <summary>Every service recorded on the case (ZF-MP-03).</summary>
    public ImmutableArray<CaseService> Services { get; private init; } = [];

    /// <summary>The total of every recovery opened.</summary>
    public Money RecoveryDue { get; private init; }

    /// <summary>The total recovered.</summary>
    public Money Recovered { get; private init; }

    /// <summary>What remains to be recovered.</summary>
    public Money RecoveryOutstanding => RecoveryDue - Recovered;

    /// <summary>The amount found obtained by fraud, once established (FR-01).</summary>
    public FraudEstablished? Fraud { get; private init; }

    /// <summary>Whether aid is stopped: fraud was established, or the green channel lapsed.</summary>
    public bool AidStopped => Fraud is not null || GreenChannel is { Lapsed: true };

    /// <summary>Every criterion for which the case was escalated for supervision (ZF-ACC-02).</summary>
    public ImmutableArray<EscalationReason> Escalations { get; private init; } = [];

    /// <summary>The outcome after aid, once evaluated.</summary>
    public CaseOutcome? Outcome { get; private init; }

    /// <summary>The date of the case's last event.</summary>
    public LocalDate LastEventOn => DateOf(Events[^1].At);

    /// <summary>The date of an instant in the case's time zone.</summary>
    /// <param name="instant">The instant; one outside the years events may have is read at the nearer bound.</param>
    /// <returns>The local date.</returns>
    public LocalDate DateOf(Instant instant) =>
        (instant < EarliestEvent ? EarliestEvent : instant >= LatestEvent ? LatestEvent : instant).InZone(TimeZone).Date;

    /// <summary>Net amount the case has been paid from an account: payments less recoveries into it.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The net amount.</returns>
    public Money NetPaidFrom(LedgerAccount account) =>
        Events.Aggregate(Money.Zero, (sum, e) => e switch
        {
            PaymentMade p when p.Payment.Account == account => sum + p.Payment.Amount,
            RecoveryReceived r when r.Account == account => sum - r.Amount,
            _ => sum,
        });

    /// <summary>Rebuilds a case from its stored events, checking each as the command that wrote it was checked.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The case, or Invalid naming the first event that breaks a rule (<c>events[3].sequence</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static Result<AssistanceCase> Replay(IEnumerable<CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        AssistanceCase? current = null;
        var index = 0;
        foreach (var e in events)
        {
            var next = current is null ? Start(e) : current.Apply(e);
            if (!next.IsSuccess)
            {
                return Result<AssistanceCase>.Invalid(next.ValidationErrors.Select(error => Errors.WithPath(error, Errors.Join($"events[{index}]", error.Identifier))));
            }

            current = next.Value;
            index++;
        }

        return current is null
            ? Result<AssistanceCase>.Invalid(Errors.At("events", ErrorCodes.Required, "A case's history begins with the event that opened it."))
            : current;
    }

    /// <inheritdoc/>
    public bool Equals(AssistanceCase? other) => other is not null && Events.SequenceEqual(other.Events);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CaseId, Version);

    /// <summary>A description without personal data.</summary>
    /// <returns>The case ID, stage and version.</returns>
    public override string ToString() => $"case {CaseId} at {Stage}, version {Version}";

    private static Result<AssistanceCase> Start(CaseEvent? e)
    {
        if (e is not CaseOpened opened)
        {
            return Invalid("type", ErrorCodes.CaseTransition, "A case's history begins with the event that opened it.");
        }

        var errors = new List<ValidationError>();
        if (opened.Sequence != 1)
        {
            errors.Add(Errors.At("sequence", ErrorCodes.CaseEventSequence, "The opening event is number 1."));
        }

        CheckHeader(opened, errors);
        if (!Enum.IsDefined(opened.Channel))
        {
            errors.Add(Errors.At("channel", ErrorCodes.UnknownName, "The channel is not one the library knows."));
        }
        else if (opened.Stage != InitialStage(opened.Channel))
        {
            errors.Add(Errors.At("stage", ErrorCodes.CaseEventStage, $"A case from {opened.Channel} starts at {InitialStage(opened.Channel)}."));
        }

        CheckApplicant(opened.Applicant, errors);
        var zone = opened.TimeZoneId is { } id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;
        if (zone is null)
        {
            errors.Add(Errors.At("timeZoneId", ErrorCodes.UnknownName, "The time zone is not an IANA time zone ID."));
        }

        return errors.Count > 0 ? Result<AssistanceCase>.Invalid(errors) : new AssistanceCase(opened, zone!);
    }

    private static CaseStage InitialStage(IntakeChannel channel) =>
        channel == IntakeChannel.ProactiveDiscovery ? CaseStage.Discovery : CaseStage.Report;

    private static void CheckHeader(CaseEvent e, List<ValidationError> errors)
    {
        if (!IsId(e.CaseId))
        {
            errors.Add(Errors.At("caseId", ErrorCodes.Required, "A case ID of 1 to 64 characters is required."));
        }

        if (!IsId(e.StaffId))
        {
            errors.Add(Errors.At("staffId", ErrorCodes.Required, "A staff ID of 1 to 64 characters is required."));
        }

        if (string.IsNullOrWhiteSpace(e.Reason) || e.Reason.Length > MaxReasonLength)
        {
            errors.Add(Errors.At("reason", ErrorCodes.Required, "A reason of 1 to 500 characters is required."));
        }

        if (e.At < EarliestEvent || e.At >= LatestEvent)
        {
            errors.Add(Errors.At("at", ErrorCodes.OutOfRange, "An event happens between 2000 and November 2200."));
        }
    }

    private static void CheckApplicant(CaseApplicant? applicant, List<ValidationError> errors)
    {
        if (applicant is null)
        {
            errors.Add(Errors.At("applicant", ErrorCodes.Required, "The applicant is required."));
            return;
        }

        if (string.IsNullOrWhiteSpace(applicant.Name) || applicant.Name.Length > CaseApplicant.MaxNameLength)
        {
            errors.Add(Errors.At("applicant.name", ErrorCodes.Required, "A name of 1 to 50 characters is required."));
        }

        if (applicant.ResidentId.Value.Length == 0)
        {
            errors.Add(Errors.At("applicant.residentId", ErrorCodes.Required, "A resident ID number is required."));
        }

        if (applicant.HouseholdSize is < 1 or > Household.MaxMembers)
        {
            errors.Add(Errors.At("applicant.householdSize", ErrorCodes.OutOfRange, "A household has 1 to 64 people."));
        }

        if (applicant.Address?.Length > CaseApplicant.MaxTextLength)
        {
            errors.Add(Errors.At("applicant.address", ErrorCodes.TooLong, "An address has at most 200 characters."));
        }

        if (applicant.Illness?.Length > CaseApplicant.MaxTextLength)
        {
            errors.Add(Errors.At("applicant.illness", ErrorCodes.TooLong, "An illness description has at most 200 characters."));
        }
    }

    private static bool IsId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength;

    private static bool IsAmount(Money amount) => amount.Fen > 0 && amount.Fen <= MaxFen;

    private static Result<AssistanceCase> Invalid(string path, string code, TranslatableText message) =>
        Result<AssistanceCase>.Invalid(Errors.At(path, code, message));
}
