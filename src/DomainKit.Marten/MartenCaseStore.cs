using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using global::Marten;
using JasperFx;
using JasperFx.Events;
using Npgsql;
using NodaTime;

namespace DomainKit.Marten;

/// <summary>
/// Cases and the fund ledger in PostgreSQL through Marten: each case an event stream keyed by its case ID, its events in
/// the case-history contract with their hash chain; the ledger one stream of its own. A command's case events, its
/// ledger entries and the views they change are written in one transaction, or nothing is.
/// </summary>
/// <remarks>
/// <para>
/// Concurrency is optimistic: each append names the version it continues. When another writer got there first (to the
/// case or to the ledger) the command is run again on what is now stored, so a command whose expected case version is
/// stale meets the same Conflict it meets in memory, and one that only lost the race for the ledger goes through.
/// </para>
/// <para>
/// A lost connection or a server that went away is Unavailable: the command may or may not have been stored, and
/// sending it again with the same expected version is safe, since a stored first attempt makes the second a Conflict.
/// Loading a case checks its hash chain and the head its view recorded; a history edited in the database raises
/// <see cref="CaseStoreIntegrityException"/>. This class is thread-safe.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore's wait handle is never asked for, so it holds nothing to dispose.")]
public sealed class MartenCaseStore : ICaseStore
{
    /// <summary>
    /// The key of the ledger's stream: longer than any case ID (<see cref="AssistanceCase.MaxIdLength"/>), so no case can take it.
    /// </summary>
    public const string LedgerStreamKey = "domainkit:fund-ledger (a stream key longer than any case ID, so no case shares it)";

    /// <summary>How often a command is run again after losing a race for its case or the ledger, unless told otherwise.</summary>
    public const int DefaultMaxAttempts = 50;

    private const int MaxKnownCases = 10_000;

    private const string Unreachable = "The case store could not complete the command: the database connection failed. It may or may not be stored; read the case and send it again with the same expected version.";

    private readonly IDocumentStore documents;

    private readonly PolicySet policy;

    private readonly WorkingDayCalendar calendar;

    private readonly CaseHistoryHash algorithm;

    private readonly int maxAttempts;

    private readonly Lock ledgerGate = new();

    private readonly SemaphoreSlim writerGate = new(1, 1);

    // Cases this store has read whole or written, with the head of each: a later read continues from the events after them.
    private readonly ConcurrentDictionary<string, KnownCase> knownCases = new(StringComparer.Ordinal);

    // The ledger as last read: later entries are read on top of it, so a command does not replay the whole ledger.
    private FundLedger cachedLedger = FundLedger.Empty;

    /// <summary>Creates a store over a Marten document store configured by <see cref="CaseStoreSchema.Configure"/>.</summary>
    /// <param name="documents">The document store.</param>
    /// <param name="policy">The policy whose time limits and publication rules the views follow.</param>
    /// <param name="calendar">The working-day calendar the views count time limits on.</param>
    /// <param name="algorithm">The hash of the cases' chains; SHA-256 when null.</param>
    /// <param name="maxAttempts">How often a command is run again after losing a race, before it is answered Unavailable.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/>, <paramref name="policy"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is less than 1.</exception>
    public MartenCaseStore(IDocumentStore documents, PolicySet policy, WorkingDayCalendar calendar, CaseHistoryHash? algorithm = null, int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        this.documents = documents;
        this.policy = policy;
        this.calendar = calendar;
        this.algorithm = algorithm ?? CaseHistoryHash.Sha256;
        this.maxAttempts = maxAttempts;
    }

    /// <inheritdoc/>
    /// <exception cref="CaseStoreIntegrityException">The case's stored events were changed after they were written.</exception>
    public async Task<AssistanceCase?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using var session = documents.QuerySession();
        return await LoadCase(session, caseId, checkHead: true, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="CaseStoreIntegrityException">The case's or the ledger's stored events were changed after they were written.</exception>
    /// <exception cref="InvalidOperationException">The command's update does not continue what it was given (a defect in the command), or the schema was never applied.</exception>
    public async Task<Result<CaseUpdate>> RunAsync(string caseId, Func<AssistanceCase?, FundLedger, Result<CaseUpdate>> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(command);
        if (IsReserved(caseId))
        {
            return Result<CaseUpdate>.Invalid(Validation.Errors.At("caseId", Validation.ErrorCodes.CaseIdReserved, "This case ID is the name of one of the store's own streams; choose another."));
        }

        return await Retried(() => RunOnce(caseId, command, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a change of the ledger alone, such as opening a year's budgets (<see cref="FundLedger.OpenYear"/>), a
    /// donation or a named fund, against the ledger as stored, and stores its entries with the balances they move.
    /// </summary>
    /// <param name="change">The change: from the ledger to the ledger after it, or the refusal.</param>
    /// <param name="cancellationToken">Stops the change before it is stored; once stored, it stands.</param>
    /// <returns>The ledger as stored after the change, or the refusal; Unavailable when the store cannot take it.</returns>
    /// <exception cref="InvalidOperationException">The change does not continue the ledger it was given, or the schema was never applied.</exception>
    public async Task<Result<FundLedger>> RunLedgerAsync(Func<FundLedger, Result<FundLedger>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await Retried(
            async () =>
            {
                await using var session = documents.LightweightSession();
                var ledger = await LoadLedger(session, cancellationToken).ConfigureAwait(false);
                var next = change(ledger);
                if (next.IsSuccess)
                {
                    AppendLedger(session, ledger, next.Value);
                    cancellationToken.ThrowIfCancellationRequested();
                    await session.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                    Remember(next.Value);
                }

                return next;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs an attempt again while it loses races for a stream; a failed connection is Unavailable, since the attempt
    /// may or may not have been stored.
    /// </summary>
    private async Task<Result<T>> Retried<T>(Func<Task<Result<T>>> attemptOnce, CancellationToken cancellationToken)
    {
        var oneAtATime = false;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var gated = false;
            try
            {
                if (oneAtATime)
                {
                    await writerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    gated = true;
                }

                return await attemptOnce().ConfigureAwait(false);
            }
            catch (Exception e) when (IsLostRace(e))
            {
                if (attempt >= maxAttempts)
                {
                    return Result<T>.Unavailable($"The case or the ledger kept changing while the command ran; it was tried {maxAttempts} times and not stored.");
                }

                // After a lost race the command runs again one writer of this store at a time: the writers of one
                // process stop racing each other for the ledger, which every payment appends to, and only another
                // process can still get there first; against that, writers step apart by a random few milliseconds.
                if (oneAtATime)
                {
                    await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 20)), cancellationToken).ConfigureAwait(false);
                }

                oneAtATime = true;
            }
            catch (Exception e) when (IsConnectionFailure(e))
            {
                return Result<T>.Unavailable(Unreachable);
            }
            catch (Exception e) when (IsSchemaMissing(e))
            {
                throw new InvalidOperationException("The case store's tables do not exist: apply the schema first (CaseStoreSchema.ApplyAsync, or the SQL of CaseStoreSchema.Script).", e);
            }
            finally
            {
                if (gated)
                {
                    writerGate.Release();
                }
            }
        }
    }

    /// <inheritdoc/>
    /// <exception cref="CaseStoreIntegrityException">A stored ledger entry was changed after it was written.</exception>
    public async Task<FundLedger> LedgerAsync(CancellationToken cancellationToken = default)
    {
        await using var session = documents.QuerySession();
        return await LoadLedger(session, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The cases are read a page at a time, each checked as <see cref="FindAsync"/> checks it.</remarks>
    public IAsyncEnumerable<AssistanceCase> CasesAsync(CancellationToken cancellationToken = default) => Cases(checkHead: true, cancellationToken);

    /// <summary>
    /// The worklist as of a date: every running time limit of the open cases, overdue ones first (most working days late
    /// first), then by due day, with the days left and who answers for each.
    /// </summary>
    /// <param name="asOf">The date of the worklist.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The lines.</returns>
    public async Task<ImmutableArray<WorklistLine>> WorklistAsync(LocalDate asOf, CancellationToken cancellationToken = default)
    {
        await using var session = documents.QuerySession();
        var open = await session.Query<CaseView>().Where(v => v.Stage != CaseStage.Closed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return CaseViews.Worklist(open, asOf, calendar);
    }

    /// <summary>The recipients due for periodic review on a date (ZF-VR-02, DB-10, EX-03), from the views of the approved cases.</summary>
    /// <param name="date">The date of the worklist.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The reviews due, as <see cref="ReviewWorklist.For"/> orders them; Invalid when the policy lacks a review parameter.</returns>
    /// <remarks>A case does not record whether the household's income is stable, so each is reviewed on the shorter, unstable-income term of DB-10.</remarks>
    public async Task<Result<ImmutableArray<ReviewDue>>> ReviewsDueAsync(LocalDate date, CancellationToken cancellationToken = default)
    {
        await using var session = documents.QuerySession();
        var recipients = await session.Query<CaseView>().Where(v => v.ReviewedProgramme != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ReviewWorklist.For(recipients.OrderBy(v => v.Id, StringComparer.Ordinal).Select(CaseViews.Recipient), policy, date);
    }

    /// <summary>The publication list (PB-03): each case whose notice is up or which was approved, with the name masked as the policy says, by case ID.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The published lines.</returns>
    public async Task<ImmutableArray<PublicationView>> PublicationListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = documents.QuerySession();
        var published = await session.Query<CaseView>().Where(v => v.PublishedName != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. published.OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => new PublicationView(v.PublishedName!, v.PublishedHouseholdSize, v.PublishedProgramme!.Value, Money.FromYuan(v.PublishedAmount)))];
    }

    /// <summary>Each fund account's balance in a budget year, by fund and named fund.</summary>
    /// <param name="year">The budget year.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The balances.</returns>
    public async Task<ImmutableArray<FundBalance>> FundBalancesAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var session = documents.QuerySession();
        var balances = await session.Query<FundBalance>().Where(b => b.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. balances.OrderBy(b => b.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Rebuilds every view from the events: the case views from each case's replayed history, the balances from the
    /// replayed ledger, in one transaction, so readers see either the old views or the new ones. A rebuild of views that
    /// were never lost writes what was there. Run it while no commands are sent: a command stored during the rebuild
    /// can have its view replaced by the one read before it.
    /// </summary>
    /// <param name="cancellationToken">Stops the rebuild before it is stored.</param>
    /// <returns>The number of cases whose views were rebuilt.</returns>
    /// <exception cref="CaseStoreIntegrityException">A stored history breaks its chain.</exception>
    public async Task<int> RebuildViewsAsync(CancellationToken cancellationToken = default)
    {
        var views = new List<CaseView>();
        await foreach (var found in Cases(checkHead: false, cancellationToken).ConfigureAwait(false))
        {
            views.Add(CaseViews.From(found, CaseHistoryChain.Head(found.Events, algorithm), policy, calendar));
        }

        await using var session = documents.LightweightSession();
        var ledger = await LoadLedger(session, cancellationToken).ConfigureAwait(false);
        session.HardDeleteWhere<CaseView>(v => true);
        session.HardDeleteWhere<FundBalance>(b => true);
        session.Store(views.ToArray());
        session.Store(CaseViews.Balances(ledger, ledger.Entries.Select(e => e.Account).Distinct()).ToArray());
        await session.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        return views.Count;
    }

    private async Task<Result<CaseUpdate>> RunOnce(string caseId, Func<AssistanceCase?, FundLedger, Result<CaseUpdate>> command, CancellationToken cancellationToken)
    {
        await using var session = documents.LightweightSession();
        var (current, link) = await Load(session, caseId, checkHead: true, cancellationToken).ConfigureAwait(false);
        var ledger = await LoadLedger(session, cancellationToken).ConfigureAwait(false);
        var update = command(current, ledger);
        if (!update.IsSuccess)
        {
            return update;
        }

        var next = update.Value;
        next.EnsureContinues(caseId, current, ledger);

        if (next.Events.IsEmpty && (next.Ledger is null || next.Ledger.Version == ledger.Version))
        {
            return update;
        }

        if (!next.Events.IsEmpty)
        {
            var stored = new List<object>(next.Events.Length);
            foreach (var e in next.Events)
            {
                stored.Add(new StoredCaseEvent(CaseEventJson.WriteLinked(e, link, algorithm)));
                link = CaseHistoryChain.Link(link, e, algorithm);
            }

            if (current is null)
            {
                session.Events.StartStream(caseId, stored);
            }
            else
            {
                session.Events.Append(caseId, next.Case.Version, stored);
            }

            session.Store(CaseViews.From(next.Case, link, policy, calendar));
        }

        if (next.Ledger is { } after)
        {
            AppendLedger(session, ledger, after);
        }

        // Once the transaction is sent it is not cancelled: a command either stands whole or was never stored.
        cancellationToken.ThrowIfCancellationRequested();
        await session.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        Remember(next.Case, link);
        if (next.Ledger is { } kept)
        {
            Remember(kept);
        }

        return update;
    }

    /// <summary>Appends the entries <paramref name="after"/> adds to <paramref name="before"/>, and the balances they move, to the session.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="after"/> does not continue <paramref name="before"/>.</exception>
    private static void AppendLedger(IDocumentSession session, FundLedger before, FundLedger after)
    {
        if (after.Version < before.Version || !after.Entries.Take((int)before.Version).SequenceEqual(before.Entries))
        {
            throw new InvalidOperationException("The command's ledger does not continue the ledger it was given.");
        }

        if (after.Version == before.Version)
        {
            return;
        }

        var added = after.Entries.Skip((int)before.Version).ToList();
        var entries = added.Select(e => (object)new StoredLedgerEntry(LedgerEntryJson.Write(e))).ToList();
        if (before.Version == 0)
        {
            session.Events.StartStream(LedgerStreamKey, entries);
        }
        else
        {
            session.Events.Append(LedgerStreamKey, after.Version, entries);
        }

        session.Store(CaseViews.Balances(after, added.Select(e => e.Account).Distinct()).ToArray());
    }

    private async Task<AssistanceCase?> LoadCase(IQuerySession session, string caseId, bool checkHead, CancellationToken cancellationToken) =>
        (await Load(session, caseId, checkHead, cancellationToken).ConfigureAwait(false)).Case;

    /// <summary>
    /// A case as stored and the head of its chain. The view is read first, then the events up to its version: the two
    /// are committed together, so the events it covers are all there, and a command committed in between does not make
    /// them disagree. A case this store has already read or written is continued from the events after it, each link
    /// checked; otherwise the whole history is read, checked and replayed.
    /// </summary>
    private async Task<(AssistanceCase? Case, string Head)> Load(IQuerySession session, string caseId, bool checkHead, CancellationToken cancellationToken)
    {
        if (IsReserved(caseId))
        {
            return (null, CaseHistoryChain.Genesis);
        }

        var view = checkHead ? await session.LoadAsync<CaseView>(caseId, cancellationToken).ConfigureAwait(false) : null;
        if (view is not null && knownCases.TryGetValue(caseId, out var known) && known.Case.Version <= view.Version)
        {
            return await Continue(session, known, view, cancellationToken).ConfigureAwait(false);
        }

        var events = await session.Events.FetchStreamAsync(caseId, version: view?.Version ?? 0, token: cancellationToken).ConfigureAwait(false);
        if (events.Count == 0 && view is null)
        {
            return (null, CaseHistoryChain.Genesis);
        }

        if (view is not null && events.Count != view.Version)
        {
            throw Tampered($"has {events.Count} events where its view recorded {view.Version}");
        }

        var history = new StringBuilder("{\"schema\":\"").Append(CaseEventJson.Schema).Append("\",\"events\":[");
        for (var i = 0; i < events.Count; i++)
        {
            history.Append(i == 0 ? string.Empty : ",").Append(Stored(events[i]).Json);
        }

        history.Append(']');
        if (view is not null)
        {
            history.Append(",\"head\":\"").Append(view.Head).Append('"');
        }

        var replayed = CaseEventJson.ParseHistory(history.Append('}').ToString(), requireChain: true, [algorithm]);
        if (!replayed.IsSuccess)
        {
            var first = replayed.ValidationErrors.FirstOrDefault();
            throw Tampered($"does not hold at {first?.Identifier} ({first?.ErrorCode})");
        }

        if (replayed.Value.CaseId != caseId)
        {
            throw Tampered("belongs to another case than its stream");
        }

        if (view is null)
        {
            return (replayed.Value, CaseHistoryChain.Head(replayed.Value.Events, algorithm));
        }

        Remember(replayed.Value, view.Head);
        return (replayed.Value, view.Head);
    }

    /// <summary>A case known to this store, brought up to its view's version with the events after it, each link checked against the head so far.</summary>
    private async Task<(AssistanceCase? Case, string Head)> Continue(IQuerySession session, KnownCase known, CaseView view, CancellationToken cancellationToken)
    {
        var (current, head) = (known.Case, known.Head);
        if (current.Version < view.Version)
        {
            var later = await session.Events.FetchStreamAsync(current.CaseId, version: view.Version, fromVersion: current.Version + 1, token: cancellationToken).ConfigureAwait(false);
            if (later.Count != view.Version - current.Version)
            {
                throw Tampered($"has {current.Version + later.Count} events where its view recorded {view.Version}");
            }

            foreach (var row in later)
            {
                var json = Stored(row).Json;
                var parsed = CaseEventJson.Parse(json);
                if (!parsed.IsSuccess || Link(json) != (algorithm.Name, head))
                {
                    throw Tampered($"breaks its chain at event {row.Version}");
                }

                var next = current.Apply(parsed.Value);
                if (!next.IsSuccess)
                {
                    throw Tampered($"breaks a rule at event {row.Version}");
                }

                current = next.Value;
                head = CaseHistoryChain.Link(head, parsed.Value, algorithm);
            }

            Remember(current, head);
        }

        if (head != view.Head)
        {
            throw Tampered("does not end in the head its view recorded");
        }

        return (current, head);
    }

    /// <summary>The chain link a stored event names: its algorithm and the hash before it.</summary>
    private static (string? Algorithm, string? Previous) Link(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("chain", out var chain) && chain.ValueKind == JsonValueKind.Object
            && chain.TryGetProperty("algorithm", out var name) && name.ValueKind == JsonValueKind.String
            && chain.TryGetProperty("previous", out var previous) && previous.ValueKind == JsonValueKind.String
            ? (name.GetString(), previous.GetString())
            : (null, null);
    }

    private static StoredCaseEvent Stored(IEvent row) =>
        row.Data as StoredCaseEvent ?? throw new CaseStoreIntegrityException($"Event {row.Version} of a case stream is not a case event.");

    private static CaseStoreIntegrityException Tampered(string what) =>
        new($"A stored case history {what}. It was changed after it was written.");

    /// <summary>Keeps a case this store has read whole or written, with its head; bounded, and never moved back to an older version.</summary>
    private void Remember(AssistanceCase known, string head)
    {
        if (knownCases.Count >= MaxKnownCases && !knownCases.ContainsKey(known.CaseId))
        {
            knownCases.Clear();
        }

        knownCases.AddOrUpdate(known.CaseId, new KnownCase(known, head), (_, old) => old.Case.Version >= known.Version ? old : new KnownCase(known, head));
    }

    /// <summary>Every case by ID, a page at a time; without <paramref name="checkHead"/> the heads the views recorded are not compared, for a rebuild of views that may be lost.</summary>
    private async IAsyncEnumerable<AssistanceCase> Cases(bool checkHead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int Page = 500;
        var after = string.Empty;
        while (true)
        {
            await using var session = documents.QuerySession();
            var ids = await session.AdvancedSql.QueryAsync<string>(
                $"select id from {documents.Options.Events.DatabaseSchemaName}.mt_streams where id collate \"C\" > ? and id <> ? and id <> ? order by id collate \"C\" limit {Page}",
                cancellationToken,
                after,
                LedgerStreamKey,
                Tombstone.StreamKey).ConfigureAwait(false);
            foreach (var id in ids)
            {
                if (await LoadCase(session, id, checkHead, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    yield return found;
                }
            }

            if (ids.Count < Page)
            {
                yield break;
            }

            after = ids[^1];
        }
    }

    private async Task<FundLedger> LoadLedger(IQuerySession session, CancellationToken cancellationToken)
    {
        var known = cachedLedger;
        var events = await session.Events.FetchStreamAsync(LedgerStreamKey, fromVersion: known.Version + 1, token: cancellationToken).ConfigureAwait(false);
        var ledger = known;
        foreach (var e in events)
        {
            if (e.Data is not StoredLedgerEntry stored)
            {
                throw new CaseStoreIntegrityException($"Entry {e.Version} of the ledger stream is not a ledger entry.");
            }

            var entry = LedgerEntryJson.Read(stored.Json, $"ledger[{e.Version}]");
            var next = entry.IsSuccess && entry.Value.Sequence == e.Version ? ledger.Append(entry.Value) : Result<FundLedger>.Invalid();
            if (!next.IsSuccess)
            {
                throw new CaseStoreIntegrityException($"Ledger entry {e.Version} cannot be read or breaks the ledger's rules. It was changed after it was written.");
            }

            ledger = next.Value;
        }

        Remember(ledger);
        return ledger;
    }

    /// <summary>Keeps the longest ledger seen; ledgers only grow, and every one read or written continues the one before.</summary>
    private void Remember(FundLedger ledger)
    {
        lock (ledgerGate)
        {
            if (ledger.Version > cachedLedger.Version)
            {
                cachedLedger = ledger;
            }
        }
    }

    /// <summary>
    /// Whether a key names one of the store's own streams rather than a case: the ledger's, or the one where Marten
    /// records the sequence numbers of transactions that failed.
    /// </summary>
    private static bool IsReserved(string key) => key is LedgerStreamKey || key == Tombstone.StreamKey;

    private static bool IsLostRace(Exception e) => Causes(e).Any(c =>
        c is ConcurrencyException or global::Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException
        || c is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure });

    private static bool IsConnectionFailure(Exception e) => !IsSchemaMissing(e) && Causes(e).Any(c =>
        c is NpgsqlException or SocketException or IOException or TimeoutException);

    private static bool IsSchemaMissing(Exception e) => Causes(e).Any(c => c is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedFunction });

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (var c = e; c is not null; c = c.InnerException)
        {
            yield return c;
            if (c is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A case as this store last saw it, with the head of its chain.</summary>
    private sealed record KnownCase(AssistanceCase Case, string Head);
}
