using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Assistance;

/// <summary>
/// The JSON form of case events, for integrators who store them: one object per event with a <c>type</c>, the
/// header (<c>sequence</c>, <c>caseId</c>, <c>staffId</c>, <c>at</c>, <c>stage</c>, <c>reason</c>) and the event's
/// own fields; a history is <c>{"schema": "domainkit/case-history@2", "events": [...]}</c>.
/// </summary>
/// <remarks>
/// Reading is strict: unknown or repeated properties, missing fields, wrong types and unknown names are
/// Invalid with the field's path, never an exception. A history read back is replayed, so it is held to
/// the same rules as the commands that wrote it. Amounts are yuan with at most two decimals, instants are
/// ISO 8601 in UTC, dates are <c>yyyy-MM-dd</c>. A <c>caseOpened</c> event holds the applicant's personal
/// data: store it as such.
/// </remarks>
public static class CaseEventJson
{
    /// <summary>The contract of a history as <see cref="WriteHistory(IEnumerable{CaseEvent})"/> writes it, whose amounts are decimal strings such as <c>"1350.00"</c>.</summary>
    public const string Schema = "domainkit/case-history@2";

    /// <summary>
    /// The first version of the history contract, whose amounts are JSON numbers: still read, and its chain checked
    /// over the events as that version wrote them, so a history stored before version 2 keeps its hashes.
    /// </summary>
    public const string FirstSchema = "domainkit/case-history@1";

    /// <summary>The most events one history may hold.</summary>
    public const int MaxEvents = 100_000;

    private const int MaxItems = 64;

    private static readonly string[] Header = ["type", "sequence", "caseId", "staffId", "at", "stage", "reason"];

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions CanonicalOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ImmutableArray<Kind> Kinds =
    [
        new(typeof(CaseOpened), "caseOpened", ["channel", "applicant", "timeZoneId"], (w, e, text) =>
        {
            var opened = (CaseOpened)e;
            w.WriteString("channel", EnumTokens<IntakeChannel>.ToToken(opened.Channel));
            w.WriteStartObject("applicant");
            w.WriteString("name", opened.Applicant.Name);
            w.WriteString("residentId", opened.Applicant.ResidentId.Value);
            w.WriteNumber("householdSize", opened.Applicant.HouseholdSize);
            WriteOptional(w, "address", opened.Applicant.Address);
            WriteOptional(w, "illness", opened.Applicant.Illness);
            w.WriteEndObject();
            w.WriteString("timeZoneId", opened.TimeZoneId);
        }, (r, o, p) =>
        {
            var channel = r.Name(o, p, "channel", true, EnumTokens<IntakeChannel>.ByToken);
            var applicant = ReadApplicant(r, o, p);
            var zone = r.String(o, p, "timeZoneId", true);
            return channel is { } c && applicant is not null && zone is not null ? new CaseOpened { Channel = c, Applicant = applicant, TimeZoneId = zone } : null;
        }),
        Empty<CaseReported>("caseReported", () => new CaseReported()),
        new(typeof(CaseAccepted), "caseAccepted", ["needs", "tasks"], (w, e, text) =>
        {
            var accepted = (CaseAccepted)e;
            JsonOutput.WriteTokens(w, "needs", accepted.Needs);
            w.WriteStartArray("tasks");
            foreach (var task in accepted.Tasks)
            {
                w.WriteStartObject();
                w.WriteString("department", EnumTokens<Department>.ToToken(task.Department));
                JsonOutput.WriteTokens(w, "needs", task.Needs);
                WriteOptional(w, "completedBy", task.CompletedBy);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }, (r, o, p) =>
        {
            var needs = ReadNames<Need>(r, o, p, "needs");
            var tasks = r.Array(o, p, "tasks", true, MaxItems).Select(item =>
                r.ExpectObject(item.Item, item.Path, "department", "needs", "completedBy")
                    && ReadTask(r, item.Item, item.Path) is { } task
                    ? task
                    : null).ToList();
            return tasks.Any(t => t is null) ? null : new CaseAccepted { Needs = needs, Tasks = [.. tasks!] };
        }),
        Investigators<InvestigationStarted>("investigationStarted", (list, minimum) => new InvestigationStarted { Investigators = list, MinimumInvestigators = minimum }),
        new(typeof(VerificationRecorded), "verificationRecorded", ["source", "declared", "verified"], (w, e, text) =>
        {
            var finding = ((VerificationRecorded)e).Finding;
            w.WriteString("source", EnumTokens<VerificationSource>.ToToken(finding.Source));
            Amount(w, "declared", finding.Declared, text);
            Amount(w, "verified", finding.Verified, text);
        }, (r, o, p) =>
        {
            var source = r.Name(o, p, "source", true, EnumTokens<VerificationSource>.ByToken);
            var declared = r.Money(o, p, "declared", true);
            var verified = r.Money(o, p, "verified", true);
            return source is { } s && declared is { } d && verified is { } v ? new VerificationRecorded { Finding = new VerificationFinding(s, d, v) } : null;
        }),
        new(typeof(HomeVisitRequired), "homeVisitRequired", ["cause"], (w, e, text) =>
            w.WriteString("cause", EnumTokens<HomeVisitCause>.ToToken(((HomeVisitRequired)e).Cause)),
            (r, o, p) => r.Name(o, p, "cause", true, EnumTokens<HomeVisitCause>.ByToken) is { } cause ? new HomeVisitRequired { Cause = cause } : null),
        Investigators<HomeVisitRecorded>("homeVisitRecorded", (list, minimum) => new HomeVisitRecorded { Investigators = list, MinimumInvestigators = minimum }),
        new(typeof(NoticePublished), "noticePublished", ["programme", "amount", "publishedOn", "lastDay"], (w, e, text) =>
        {
            var notice = (NoticePublished)e;
            w.WriteString("programme", EnumTokens<Programme>.ToToken(notice.Programme));
            Amount(w, "amount", notice.Amount, text);
            w.WriteString("publishedOn", Dates.Format(notice.PublishedOn));
            w.WriteString("lastDay", Dates.Format(notice.LastDay));
        }, (r, o, p) =>
        {
            var programme = r.Name(o, p, "programme", true, EnumTokens<Programme>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            var publishedOn = r.Date(o, p, "publishedOn", true);
            var lastDay = r.Date(o, p, "lastDay", true);
            return programme is { } g && amount is { } a && publishedOn is { } from && lastDay is { } last
                ? new NoticePublished { Programme = g, Amount = a, PublishedOn = from, LastDay = last }
                : null;
        }),
        Empty<ObjectionRaised>("objectionRaised", () => new ObjectionRaised()),
        new(typeof(CaseApproved), "caseApproved", ["programme", "amount", "benefitFrom", "level"], (w, e, text) =>
        {
            var approved = (CaseApproved)e;
            w.WriteString("programme", EnumTokens<Programme>.ToToken(approved.Programme));
            Amount(w, "amount", approved.Amount, text);
            if (approved.BenefitFrom is { } from)
            {
                w.WriteString("benefitFrom", Dates.FormatMonth(from));
            }

            w.WriteString("level", EnumTokens<ApprovalLevel>.ToToken(approved.Level));
        }, (r, o, p) =>
        {
            var programme = r.Name(o, p, "programme", true, EnumTokens<Programme>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            var from = r.Month(o, p, "benefitFrom", false);
            // Histories written before approval levels existed were all approved by the county.
            var level = r.Name(o, p, "level", false, EnumTokens<ApprovalLevel>.ByToken) ?? ApprovalLevel.County;
            return programme is { } g && amount is { } a ? new CaseApproved { Programme = g, Amount = a, BenefitFrom = from, Level = level } : null;
        }),
        Empty<CaseRejected>("caseRejected", () => new CaseRejected()),
        new(typeof(CaseReferred), "caseReferred", ["department"], (w, e, text) =>
            w.WriteString("department", EnumTokens<Department>.ToToken(((CaseReferred)e).Department)),
            (r, o, p) => r.Name(o, p, "department", true, EnumTokens<Department>.ByToken) is { } department ? new CaseReferred { Department = department } : null),
        Empty<RejectionNotified>("rejectionNotified", () => new RejectionNotified()),
        new(typeof(GreenChannelGranted), "greenChannelGranted", ["amount", "paperworkDue"], (w, e, text) =>
        {
            var granted = (GreenChannelGranted)e;
            Amount(w, "amount", granted.Amount, text);
            w.WriteString("paperworkDue", Dates.Format(granted.PaperworkDue));
        }, (r, o, p) =>
        {
            var amount = r.Money(o, p, "amount", true);
            var due = r.Date(o, p, "paperworkDue", true);
            return amount is { } a && due is { } d ? new GreenChannelGranted { Amount = a, PaperworkDue = d } : null;
        }),
        new(typeof(PaymentMade), "paymentMade", ["fund", "year", "namedFund", "amount", "ledgerSequence", "basis", "authorisedBy", "purpose", "month"], (w, e, text) =>
        {
            var payment = ((PaymentMade)e).Payment;
            WriteAccount(w, payment.Account);
            Amount(w, "amount", payment.Amount, text);
            w.WriteNumber("ledgerSequence", payment.LedgerSequence);
            w.WriteString("basis", EnumTokens<PaymentBasis>.ToToken(payment.Basis));
            w.WriteNumber("authorisedBy", payment.AuthorisedBy);
            if (payment.Purpose is { } purpose)
            {
                w.WriteString("purpose", EnumTokens<Need>.ToToken(purpose));
            }

            if (payment.Month is { } month)
            {
                w.WriteString("month", Dates.FormatMonth(month));
            }
        }, (r, o, p) =>
        {
            var account = ReadAccount(r, o, p);
            var amount = r.Money(o, p, "amount", true);
            var ledgerSequence = r.Integer(o, p, "ledgerSequence", true, 1, int.MaxValue);
            var basis = r.Name(o, p, "basis", true, EnumTokens<PaymentBasis>.ByToken);
            var authorisedBy = r.Integer(o, p, "authorisedBy", true, 1, int.MaxValue);
            var purpose = r.Name(o, p, "purpose", false, EnumTokens<Need>.ByToken);
            var month = r.Month(o, p, "month", false);
            return account is { } c && amount is { } a && ledgerSequence is { } l && basis is { } b && authorisedBy is { } by
                ? new PaymentMade { Payment = new CasePayment(c, a, l, b, by, purpose) { Month = month } }
                : null;
        }),
        Empty<PaperworkCompleted>("paperworkCompleted", () => new PaperworkCompleted()),
        new(typeof(RecoveryOpened), "recoveryOpened", ["amount", "cause"], (w, e, text) =>
        {
            var opened = (RecoveryOpened)e;
            Amount(w, "amount", opened.Amount, text);
            w.WriteString("cause", EnumTokens<RecoveryCause>.ToToken(opened.Cause));
        }, (r, o, p) =>
        {
            var amount = r.Money(o, p, "amount", true);
            var cause = r.Name(o, p, "cause", true, EnumTokens<RecoveryCause>.ByToken);
            return amount is { } a && cause is { } c ? new RecoveryOpened { Amount = a, Cause = c } : null;
        }),
        new(typeof(RecoveryReceived), "recoveryReceived", ["fund", "year", "namedFund", "amount", "ledgerSequence"], (w, e, text) =>
        {
            var received = (RecoveryReceived)e;
            WriteAccount(w, received.Account);
            Amount(w, "amount", received.Amount, text);
            w.WriteNumber("ledgerSequence", received.LedgerSequence);
        }, (r, o, p) =>
        {
            var account = ReadAccount(r, o, p);
            var amount = r.Money(o, p, "amount", true);
            var ledgerSequence = r.Integer(o, p, "ledgerSequence", true, 1, int.MaxValue);
            return account is { } c && amount is { } a && ledgerSequence is { } l ? new RecoveryReceived { Account = c, Amount = a, LedgerSequence = l } : null;
        }),
        new(typeof(FraudEstablished), "fraudEstablished", ["amountObtained", "fineMinimum", "fineMaximum"], (w, e, text) =>
        {
            var fraud = (FraudEstablished)e;
            Amount(w, "amountObtained", fraud.AmountObtained, text);
            Amount(w, "fineMinimum", fraud.FineMinimum, text);
            Amount(w, "fineMaximum", fraud.FineMaximum, text);
        }, (r, o, p) =>
        {
            var obtained = r.Money(o, p, "amountObtained", true);
            var low = r.Money(o, p, "fineMinimum", true);
            var high = r.Money(o, p, "fineMaximum", true);
            return obtained is { } a && low is { } l && high is { } h ? new FraudEstablished { AmountObtained = a, FineMinimum = l, FineMaximum = h } : null;
        }),
        new(typeof(TaskCompleted), "taskCompleted", ["department"], (w, e, text) =>
            w.WriteString("department", EnumTokens<Department>.ToToken(((TaskCompleted)e).Department)),
            (r, o, p) => r.Name(o, p, "department", true, EnumTokens<Department>.ByToken) is { } department ? new TaskCompleted { Department = department } : null),
        new(typeof(AccountableAssigned), "accountableAssigned", ["accountableStaffId"], (w, e, text) =>
            w.WriteString("accountableStaffId", ((AccountableAssigned)e).AccountableStaffId),
            (r, o, p) => r.String(o, p, "accountableStaffId", true) is { } staff ? new AccountableAssigned { AccountableStaffId = staff } : null),
        new(typeof(CaseEscalated), "caseEscalated", ["reasons"], (w, e, text) =>
            JsonOutput.WriteTokens(w, "reasons", ((CaseEscalated)e).Reasons),
            (r, o, p) => new CaseEscalated { Reasons = ReadNames<EscalationReason>(r, o, p, "reasons") }),
        new(typeof(OutcomeRecorded), "outcomeRecorded", ["outcome"], (w, e, text) =>
            w.WriteString("outcome", EnumTokens<CaseOutcome>.ToToken(((OutcomeRecorded)e).Outcome)),
            (r, o, p) => r.Name(o, p, "outcome", true, EnumTokens<CaseOutcome>.ByToken) is { } outcome ? new OutcomeRecorded { Outcome = outcome } : null),
        new(typeof(UnmetNeedRecorded), "unmetNeedRecorded", ["need", "amount"], (w, e, text) =>
        {
            var unmet = (UnmetNeedRecorded)e;
            w.WriteString("need", EnumTokens<Need>.ToToken(unmet.Need));
            Amount(w, "amount", unmet.Amount, text);
        }, (r, o, p) =>
        {
            var need = r.Name(o, p, "need", true, EnumTokens<Need>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            return need is { } n && amount is { } a ? new UnmetNeedRecorded { Need = n, Amount = a } : null;
        }),
        new(typeof(CharityReferred), "charityReferred", ["projectId", "need", "fund", "year", "namedFund", "amount"], (w, e, text) =>
        {
            var referred = (CharityReferred)e;
            w.WriteString("projectId", referred.ProjectId);
            w.WriteString("need", EnumTokens<Need>.ToToken(referred.Need));
            WriteAccount(w, referred.Account);
            Amount(w, "amount", referred.Amount, text);
        }, (r, o, p) =>
        {
            var project = r.String(o, p, "projectId", true);
            var need = r.Name(o, p, "need", true, EnumTokens<Need>.ByToken);
            var account = ReadAccount(r, o, p);
            var amount = r.Money(o, p, "amount", true);
            return project is not null && need is { } n && account is { } c && amount is { } a
                ? new CharityReferred { ProjectId = project, Need = n, Account = c, Amount = a }
                : null;
        }),
        new(typeof(ServiceRecorded), "serviceRecorded", ["provider", "service", "need", "hours"], (w, e, text) =>
        {
            var service = (ServiceRecorded)e;
            w.WriteString("provider", EnumTokens<ServiceProvider>.ToToken(service.Provider));
            w.WriteString("service", EnumTokens<ServiceKind>.ToToken(service.Service));
            w.WriteString("need", EnumTokens<Need>.ToToken(service.Need));
            w.WriteNumber("hours", service.Hours);
        }, (r, o, p) =>
        {
            var provider = r.Name(o, p, "provider", true, EnumTokens<ServiceProvider>.ByToken);
            var kind = r.Name(o, p, "service", true, EnumTokens<ServiceKind>.ByToken);
            var need = r.Name(o, p, "need", true, EnumTokens<Need>.ByToken);
            var hours = r.Integer(o, p, "hours", true, 0, 24);
            return provider is { } v && kind is { } k && need is { } n && hours is { } h
                ? new ServiceRecorded { Provider = v, Service = k, Need = n, Hours = h }
                : null;
        }),
        Empty<SpecialCaseMarked>("specialCaseMarked", () => new SpecialCaseMarked()),
        new(typeof(BenefitChanged), "benefitChanged", ["grounds", "amount", "from", "stopReason"], (w, e, text) =>
        {
            var changed = (BenefitChanged)e;
            w.WriteString("grounds", EnumTokens<BenefitChangeGrounds>.ToToken(changed.Grounds));
            Amount(w, "amount", changed.Amount, text);
            w.WriteString("from", Dates.FormatMonth(changed.From));
            if (changed.StopReason is { } reason)
            {
                w.WriteString("stopReason", EnumTokens<BenefitStopReason>.ToToken(reason));
            }
        }, (r, o, p) =>
        {
            var grounds = r.Name(o, p, "grounds", true, EnumTokens<BenefitChangeGrounds>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            var from = r.Month(o, p, "from", true);
            var reason = r.Name(o, p, "stopReason", false, EnumTokens<BenefitStopReason>.ByToken);
            return grounds is { } g && amount is { } a && from is { } f ? new BenefitChanged { Grounds = g, Amount = a, From = f, StopReason = reason } : null;
        }),
        Empty<CaseClosed>("caseClosed", () => new CaseClosed()),
    ];

    private static readonly FrozenDictionary<Type, Kind> ByType = Kinds.ToFrozenDictionary(k => k.Type);
    private static readonly FrozenDictionary<string, Kind> ByToken = Kinds.ToFrozenDictionary(k => k.Token, StringComparer.Ordinal);

    /// <summary>Writes one event as a JSON object.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The event is of a type this library does not define.</exception>
    public static string Write(CaseEvent caseEvent) => Written(w => WriteEvent(w, caseEvent, textAmounts: true));

    /// <summary>
    /// Writes one event of a stored history as a JSON object on one line, with its chain link: the form a store keeps
    /// per event, each object as it appears in the <c>events</c> of <see cref="WriteHistory(IEnumerable{CaseEvent}, CaseHistoryHash)"/>.
    /// </summary>
    /// <param name="caseEvent">The event.</param>
    /// <param name="previous">The chain hash of the history before the event (<see cref="CaseHistoryChain.Genesis"/> for the first, then <see cref="CaseHistoryChain.Link"/>).</param>
    /// <param name="algorithm">The chain's hash, named in the event.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event is of a type this library does not define.</exception>
    public static string WriteLinked(CaseEvent caseEvent, string previous, CaseHistoryHash algorithm)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(algorithm);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CanonicalOptions))
        {
            WriteEvent(writer, caseEvent, textAmounts: true, (algorithm.Name, previous));
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a case's history, oldest event first, each event with its SHA-256 chain link (<see cref="CaseHistoryChain"/>).</summary>
    /// <param name="events">The events.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or an event is null.</exception>
    public static string WriteHistory(IEnumerable<CaseEvent> events) => WriteHistory(events, CaseHistoryHash.Sha256);

    /// <summary>Writes a case's history, oldest event first, each event with its chain link under <paramref name="algorithm"/>, and the head.</summary>
    /// <param name="events">The events.</param>
    /// <param name="algorithm">The chain's hash, named in every event.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/>, an event or <paramref name="algorithm"/> is null.</exception>
    public static string WriteHistory(IEnumerable<CaseEvent> events, CaseHistoryHash algorithm)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(algorithm);
        return Written(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteStartArray("events");
            var link = CaseHistoryChain.Genesis;
            foreach (var e in events)
            {
                WriteEvent(w, e, textAmounts: true, (algorithm.Name, link));
                link = CaseHistoryChain.Next(link, e, algorithm, textAmounts: true);
            }

            w.WriteEndArray();
            w.WriteString("head", link);
            w.WriteEndObject();
        });
    }

    /// <summary>An event's bytes in the chain: its JSON on one line, without a chain link, in its history's version.</summary>
    internal static string Canonical(CaseEvent caseEvent, bool textAmounts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CanonicalOptions))
        {
            WriteEvent(writer, caseEvent, textAmounts);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one event.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event, or Invalid with each bad field's path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<CaseEvent> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return StrictJsonReader.Read<CaseEvent>(StrictJsonReader.ToUtf8(json), root =>
        {
            var reader = new StrictJsonReader { TextAmounts = true };
            var e = ReadEvent(reader, root, string.Empty);
            return reader.HasErrors || e is null ? Result<CaseEvent>.Invalid(reader.Errors) : e;
        });
    }

    /// <summary>Reads a history, checks its chain when it has one, and replays it into the case it describes.</summary>
    /// <param name="json">The JSON text of a history.</param>
    /// <returns>The case, or Invalid with the path of each bad field, the first broken link of the chain, or the first event that breaks a rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<AssistanceCase> ParseHistory(string json) => ParseHistory(json, requireChain: false, [CaseHistoryHash.Sha256]);

    /// <summary>Reads a history, checks its chain, and replays it into the case it describes.</summary>
    /// <param name="json">The JSON text of a history.</param>
    /// <param name="requireChain">
    /// Whether a history without a chain is refused. A stored history written by <see cref="WriteHistory(IEnumerable{CaseEvent})"/>
    /// always has one, so pass true for stored histories: otherwise one edited and stripped of its chain reads as a history that never had one.
    /// </param>
    /// <param name="algorithms">The hashes the chain may use, by <see cref="CaseHistoryHash.Name"/>.</param>
    /// <returns>The case, or Invalid with the path of each bad field, the first broken link of the chain, or the first event that breaks a rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="algorithms"/> is null.</exception>
    public static Result<AssistanceCase> ParseHistory(string json, bool requireChain, IEnumerable<CaseHistoryHash> algorithms)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(algorithms);
        var known = algorithms.Where(a => a is not null).GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return StrictJsonReader.Read(StrictJsonReader.ToUtf8(json), root =>
        {
            var reader = new StrictJsonReader();
            if (!reader.ExpectObject(root, string.Empty, "schema", "events", "head"))
            {
                return Result<AssistanceCase>.Invalid(reader.Errors);
            }

            var schema = reader.String(root, string.Empty, "schema", true);
            if (schema is not null and not Schema and not FirstSchema)
            {
                reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\" or \"{FirstSchema}\".");
            }

            reader.TextAmounts = schema != FirstSchema;

            var items = reader.Array(root, string.Empty, "events", true, MaxEvents);
            var events = items.Select(item => ReadEvent(reader, item.Item, item.Path)).ToList();
            var links = items.Select(item => ReadLink(reader, item.Item, item.Path)).ToList();
            var head = reader.String(root, string.Empty, "head", false);
            if (reader.HasErrors || events.Any(e => e is null))
            {
                return Result<AssistanceCase>.Invalid(reader.Errors);
            }

            return CheckChain(events!, links, head, requireChain, known, reader.TextAmounts) is { } broken
                ? Result<AssistanceCase>.Invalid(broken)
                : AssistanceCase.Replay(events!);
        });
    }

    private static (string Algorithm, string Previous)? ReadLink(StrictJsonReader r, JsonElement o, string p)
    {
        if (!StrictJsonReader.TryGet(o, "chain", out var chain))
        {
            return null;
        }

        var path = StrictJsonReader.Child(p, "chain");
        if (!r.ExpectObject(chain, path, "algorithm", "previous"))
        {
            return null;
        }

        var algorithm = r.String(chain, path, "algorithm", true);
        var previous = r.String(chain, path, "previous", true);
        return algorithm is null || previous is null ? null : (algorithm, previous);
    }

    /// <summary>The first break in a history's chain, or null when it holds (or, not required, is absent).</summary>
    private static ValidationError? CheckChain(List<CaseEvent> events, List<(string Algorithm, string Previous)?> links, string? head, bool requireChain, Dictionary<string, CaseHistoryHash> known, bool textAmounts)
    {
        const string Tampered = "The history before this event is not the one it was written after: an event was edited, removed, inserted or moved.";
        var chained = links.Count(l => l is not null);
        if (chained == 0 && head is null)
        {
            return requireChain && events.Count > 0
                ? Errors.At("events[0].chain", ErrorCodes.CaseHistoryTampered, "A stored history carries its chain; this one has none, so it cannot be shown to be unaltered.")
                : null;
        }

        if (chained < links.Count)
        {
            var missing = links.FindIndex(l => l is null);
            return Errors.At($"events[{missing}].chain", ErrorCodes.CaseHistoryTampered, "Every event of a chained history carries its link; this one has none.");
        }

        var name = links.Count > 0 ? links[0]!.Value.Algorithm : CaseHistoryHash.Sha256.Name;
        if (!known.TryGetValue(name, out var algorithm))
        {
            return Errors.At(links.Count > 0 ? "events[0].chain.algorithm" : "head", ErrorCodes.UnknownName, $"The chain's hash is not one this reader was given; expected one of: {string.Join(", ", known.Keys)}.");
        }

        var link = CaseHistoryChain.Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var stored = links[i]!.Value;
            if (stored.Algorithm != name)
            {
                return Errors.At($"events[{i}].chain.algorithm", ErrorCodes.CaseHistoryTampered, "Every event of a history is chained with the same hash.");
            }

            if (!string.Equals(stored.Previous, link, StringComparison.Ordinal))
            {
                return Errors.At($"events[{i}].chain.previous", ErrorCodes.CaseHistoryTampered, Tampered);
            }

            link = CaseHistoryChain.Next(link, events[i], algorithm, textAmounts);
        }

        return head is not null && !string.Equals(head, link, StringComparison.Ordinal)
            ? Errors.At("head", ErrorCodes.CaseHistoryTampered, "The head is not the hash of the history: an event was edited, or events were cut from the end.")
            : null;
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static void WriteEvent(Utf8JsonWriter w, CaseEvent e, bool textAmounts, (string Algorithm, string Previous)? chain = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!ByType.TryGetValue(e.GetType(), out var kind))
        {
            throw new ArgumentException("The event is of a type this library does not define.", nameof(e));
        }

        w.WriteStartObject();
        w.WriteString("type", kind.Token);
        w.WriteNumber("sequence", e.Sequence);
        w.WriteString("caseId", e.CaseId);
        w.WriteString("staffId", e.StaffId);
        w.WriteString("at", InstantPattern.ExtendedIso.Format(e.At));
        w.WriteString("stage", EnumTokens<CaseStage>.ToToken(e.Stage));
        w.WriteString("reason", e.Reason);
        kind.Write(w, e, textAmounts);
        if (chain is { } link)
        {
            w.WriteStartObject("chain");
            w.WriteString("algorithm", link.Algorithm);
            w.WriteString("previous", link.Previous);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static CaseEvent? ReadEvent(StrictJsonReader r, JsonElement o, string p)
    {
        var token = r.String(o, p, "type", true);
        if (token is null)
        {
            return null;
        }

        if (!ByToken.TryGetValue(token, out var kind))
        {
            r.Fail(StrictJsonReader.Child(p, "type"), ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", ByToken.Keys)}.");
            return null;
        }

        if (!r.ExpectObject(o, p, [.. Header, "chain", .. kind.Fields]))
        {
            return null;
        }

        var sequence = r.Integer(o, p, "sequence", true, 1, int.MaxValue);
        var caseId = r.String(o, p, "caseId", true);
        var staffId = r.String(o, p, "staffId", true);
        var at = ReadInstant(r, o, p);
        var stage = r.Name(o, p, "stage", true, EnumTokens<CaseStage>.ByToken);
        var reason = r.String(o, p, "reason", true);
        var payload = kind.Read(r, o, p);
        return sequence is null || caseId is null || staffId is null || at is null || stage is null || reason is null || payload is null
            ? null
            : payload with { Sequence = sequence.Value, CaseId = caseId, StaffId = staffId, At = at.Value, Stage = stage.Value, Reason = reason };
    }

    internal static Instant? ReadInstant(StrictJsonReader r, JsonElement o, string p)
    {
        if (r.String(o, p, "at", true) is not { } text)
        {
            return null;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            r.Fail(StrictJsonReader.Child(p, "at"), ErrorCodes.DateInvalid, "The instant must be ISO 8601 in UTC, such as 2026-03-02T01:00:00Z.");
            return null;
        }

        return parsed.Value;
    }

    internal static CaseApplicant? ReadApplicant(StrictJsonReader r, JsonElement o, string p)
    {
        var path = StrictJsonReader.Child(p, "applicant");
        if (!StrictJsonReader.TryGet(o, "applicant", out var a))
        {
            r.Fail(path, ErrorCodes.Required, "The applicant is required.");
            return null;
        }

        if (!r.ExpectObject(a, path, "name", "residentId", "householdSize", "address", "illness"))
        {
            return null;
        }

        var name = r.String(a, path, "name", true);
        var size = r.Integer(a, path, "householdSize", true, 1, Household.MaxMembers);
        var address = r.String(a, path, "address", false);
        var illness = r.String(a, path, "illness", false);
        ResidentId? id = null;
        if (r.String(a, path, "residentId", true) is { } text)
        {
            var parsed = ResidentId.Parse(text);
            if (parsed.IsSuccess)
            {
                id = parsed.Value;
            }
            else
            {
                r.Errors.AddRange(parsed.ValidationErrors.Select(e => Errors.WithPath(e, StrictJsonReader.Child(path, "residentId"))));
            }
        }

        return name is null || size is null || id is null
            ? null
            : new CaseApplicant { Name = name, ResidentId = id.Value, HouseholdSize = size.Value, Address = address, Illness = illness };
    }

    private static DepartmentTask? ReadTask(StrictJsonReader r, JsonElement o, string p)
    {
        var department = r.Name(o, p, "department", true, EnumTokens<Department>.ByToken);
        var needs = ReadNames<Need>(r, o, p, "needs");
        var completedBy = r.String(o, p, "completedBy", false);
        return department is { } d ? new DepartmentTask(d, needs, completedBy) : null;
    }

    private static void WriteAccount(Utf8JsonWriter w, LedgerAccount account)
    {
        w.WriteString("fund", EnumTokens<Fund>.ToToken(account.Fund));
        w.WriteNumber("year", account.Year);
        WriteOptional(w, "namedFund", account.NamedFund);
    }

    private static LedgerAccount? ReadAccount(StrictJsonReader r, JsonElement o, string p)
    {
        var fund = r.Name(o, p, "fund", true, EnumTokens<Fund>.ByToken);
        var year = r.Integer(o, p, "year", true, 2000, 2200);
        var named = r.String(o, p, "namedFund", false);
        return fund is { } f && year is { } y ? new LedgerAccount(f, y, named) : null;
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    internal static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    internal static ImmutableArray<string> ReadStrings(StrictJsonReader r, JsonElement o, string p, string name) =>
        [.. r.Array(o, p, name, true, MaxItems).Select(item =>
        {
            if (item.Item.ValueKind == JsonValueKind.String)
            {
                return item.Item.GetString()!;
            }

            r.Fail(item.Path, ErrorCodes.JsonWrongType, "Expected a string.");
            return string.Empty;
        })];

    internal static ImmutableArray<T> ReadNames<T>(StrictJsonReader r, JsonElement o, string p, string name)
        where T : struct, Enum =>
        [.. r.Array(o, p, name, true, MaxItems).Select(item =>
        {
            if (item.Item.ValueKind == JsonValueKind.String && EnumTokens<T>.ByToken.TryGetValue(item.Item.GetString()!, out var value))
            {
                return value;
            }

            r.Fail(item.Path, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<T>.ByToken.Keys)}.");
            return default;
        })];

    private static Kind Investigators<TEvent>(string token, Func<ImmutableArray<string>, int, TEvent> create)
        where TEvent : InvestigatorsEvent =>
        new(typeof(TEvent), token, ["investigators", "minimumInvestigators"], (w, e, text) =>
        {
            var sent = (InvestigatorsEvent)e;
            WriteStrings(w, "investigators", sent.Investigators);
            w.WriteNumber("minimumInvestigators", sent.MinimumInvestigators);
        }, (r, o, p) =>
        {
            var investigators = ReadStrings(r, o, p, "investigators");
            return r.Integer(o, p, "minimumInvestigators", true, 0, 1_000) is { } minimum ? create(investigators, minimum) : null;
        });

    /// <summary>An amount in the history's version: a decimal string in version 2, a number in version 1.</summary>
    private static void Amount(Utf8JsonWriter w, string name, Money amount, bool text)
    {
        if (text)
        {
            AmountText.Write(w, name, amount);
        }
        else
        {
            w.WriteNumber(name, amount.Yuan);
        }
    }

    private static Kind Empty<TEvent>(string token, Func<TEvent> create)
        where TEvent : CaseEvent =>
        new(typeof(TEvent), token, [], static (_, _, _) => { }, (_, _, _) => create());

    /// <summary>One event type's token, fields, writer and reader.</summary>
    private sealed record Kind(Type Type, string Token, string[] Fields, Action<Utf8JsonWriter, CaseEvent, bool> Write, Func<StrictJsonReader, JsonElement, string, CaseEvent?> Read);
}
