using Ardalis.Result;
using DomainKit.Assistance;
using Npgsql;
using Xunit.Abstractions;

namespace DomainKit.Marten.Tests;

/// <summary>
/// The store under load and faults against a real server: concurrent writers with stale versions, the server killed
/// with SIGKILL in the middle of a run, connections cut under the writers. After each, what is stored is exactly what
/// the writers were told was stored, whole.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class FaultTest(PostgresCluster cluster, ITestOutputHelper output)
{
    private static readonly string[] Cases = ["case-1", "case-2", "case-3", "case-4", "case-5", "case-6", "case-7", "case-8"];

    [Fact]
    public async Task EightWriters_ThousandsOfCommands_OneInFiveStale_LoseAndDuplicateNothing()
    {
        await using var kit = await Prepared(Cases);
        var load = new Workload(kit.Store, Cases);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await load.RunAsync(writers: 8, commandsEach: 300, stalePercent: 20, CancellationToken.None);
        output.WriteLine($"2,400 commands (a read and a command each) in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Empty(load.Unexpected);
        Assert.Empty(load.Interrupted);
        Assert.Equal(2_400, load.Acknowledged.Count + load.Conflicts.Count);
        Assert.All(load.Acknowledged.Values, sent => Assert.False(sent.Stale, $"{sent.Reason} was stale and stored"));
        Assert.Contains(load.Conflicts.Values, sent => sent.Stale);
        Assert.True(load.Acknowledged.Count > 1_000, $"only {load.Acknowledged.Count} commands went through");
        await AssertStoredExactly(kit, load, mayBeStored: []);
    }

    [Fact]
    public async Task TheServerKilledMidRun_KeepsEveryAcknowledgedCommand_AndNoneHalf()
    {
        await using var kit = await Prepared(Cases[..4]);
        var load = new Workload(kit.Store, Cases[..4]);
        using var stop = new CancellationTokenSource();

        var run = load.RunAsync(writers: 4, commandsEach: int.MaxValue, stalePercent: 20, stop.Token);
        while (load.Acknowledged.Count < 100)
        {
            await Task.Delay(10);
        }

        cluster.Kill();
        await Task.Delay(1_500);
        stop.Cancel();
        await run;
        await cluster.RestartAsync();
        NpgsqlConnection.ClearAllPools();

        Assert.Empty(load.Unexpected);
        Assert.NotEmpty(load.Interrupted);

        // A command cut off by the kill was reported as failed; it may have committed just before, but then whole.
        await AssertStoredExactly(kit, load, mayBeStored: load.Interrupted.Keys);
    }

    [Fact]
    public async Task ConnectionsCutUnderTheWriters_AreUnavailable_AndTheSameCommandSentAgainIsSafe()
    {
        await using var kit = await Prepared(Cases[..4]);
        var load = new Workload(kit.Store, Cases[..4]);
        using var stop = new CancellationTokenSource();
        var database = new NpgsqlConnectionStringBuilder(kit.ConnectionString).Database!;

        var run = load.RunAsync(writers: 4, commandsEach: int.MaxValue, stalePercent: 0, stop.Token);
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString))
        {
            await admin.OpenAsync();
            for (var cut = 0; cut < 40 || load.Interrupted.IsEmpty; cut++)
            {
                await using var terminate = new NpgsqlCommand("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", admin);
                terminate.Parameters.AddWithValue(database);
                await terminate.ExecuteScalarAsync();
                await Task.Delay(50);
            }
        }

        stop.Cancel();
        await run;
        NpgsqlConnection.ClearAllPools();
        Assert.Empty(load.Unexpected);

        // The error says what happened and what to do, without any of the command's data.
        var interrupted = load.Interrupted.Values.ToList();
        var answer = await kit.NewStore().RunAsync("case-1", (_, _) => throw new NpgsqlException("The connection was closed."));
        Assert.Equal(ResultStatus.Unavailable, answer.Status);
        Assert.Contains("same expected version", Assert.Single(answer.Errors), StringComparison.Ordinal);

        // Each interrupted command sent again with the same expected version: done now if it was not stored, refused as
        // stale if it was; never stored twice.
        foreach (var sent in interrupted)
        {
            var again = await load.SendAsync(sent);
            Assert.True(again.Status is ResultStatus.Ok or ResultStatus.Conflict, $"{sent.Reason}: {again.Status}");
            if (again.IsSuccess)
            {
                load.Acknowledged[sent.Reason] = sent;
            }
        }

        await AssertStoredExactly(kit, load, mayBeStored: load.Interrupted.Keys.Where(r => !load.Acknowledged.ContainsKey(r)));
    }

    /// <summary>A store with the 2026 funds opened and the cases approved for temporary assistance of 3,000 yuan.</summary>
    private async Task<StoreKit> Prepared(IEnumerable<string> caseIds)
    {
        var kit = await StoreKit.CreateAsync(cluster);
        await kit.OpenFundsAsync();
        foreach (var id in caseIds)
        {
            await kit.ApprovedAsync(id);
        }

        return kit;
    }

    /// <summary>
    /// What a fresh store reads back: every acknowledged command exactly once, no command the writers did not send or
    /// were refused, each payment's case event with its ledger entry and each ledger entry with its case event, the
    /// ledger balanced and never negative, and views equal to a rebuild from the events.
    /// </summary>
    private async Task AssertStoredExactly(StoreKit kit, Workload load, IEnumerable<string> mayBeStored)
    {
        var reader = kit.NewStore();
        var ambiguous = mayBeStored.ToHashSet(StringComparer.Ordinal);
        var cases = new List<AssistanceCase>();
        await foreach (var c in reader.CasesAsync())
        {
            cases.Add(c);
        }

        var stored = cases.SelectMany(c => c.Events.Where(e => e.Reason.StartsWith('w')).Select(e => (c.CaseId, e))).ToList();
        var reasons = stored.Select(s => s.e.Reason).ToList();
        Assert.Equal(reasons.Count, reasons.Distinct(StringComparer.Ordinal).Count());
        Assert.All(load.Acknowledged.Keys, r => Assert.Contains(r, reasons));
        Assert.All(reasons, r => Assert.True(load.Acknowledged.ContainsKey(r) || ambiguous.Contains(r), $"{r} is stored but was not acknowledged"));
        Assert.All(stored, s => Assert.Equal(load.Acknowledged.TryGetValue(s.e.Reason, out var sent) || load.Interrupted.TryGetValue(s.e.Reason, out sent) ? sent.CaseId : null, s.CaseId));

        // Money: every payment event has its ledger entry and every disbursement its payment event, one to one.
        var ledger = await reader.LedgerAsync();
        var payments = cases.SelectMany(c => c.Events.OfType<PaymentMade>().Select(p => (c.CaseId, p.Payment.LedgerSequence, p.Payment.Amount))).Order().ToList();
        var disbursed = ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Disbursement).Select(e => (e.CaseId!, e.Sequence, e.Amount)).Order().ToList();
        Assert.Equal(payments, disbursed);
        var acknowledgedPayments = load.Acknowledged.Values.Count(s => s.Payment);
        Assert.InRange(stored.Count(s => s.e is PaymentMade), acknowledgedPayments, acknowledgedPayments + ambiguous.Count);

        var budget = ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Opening && e.Account == StoreKit.Temporary2026).Sum(e => e.Amount.Yuan);
        var paidOut = disbursed.Where(d => d.Item1 is not null).Sum(d => d.Amount.Yuan);
        Assert.Equal(budget - paidOut, ledger.Balance(StoreKit.Temporary2026).Yuan);
        Assert.True(ledger.Balance(StoreKit.Temporary2026) >= Money.Zero);
        var view = Assert.Single(await reader.FundBalancesAsync(2026), b => b.Fund == Fund.TemporaryAssistance);
        Assert.Equal(ledger.Balance(StoreKit.Temporary2026).Yuan, view.Balance);

        var ambiguousStored = reasons.Count(r => !load.Acknowledged.ContainsKey(r));
        output.WriteLine($"acknowledged {load.Acknowledged.Count} (payments {acknowledgedPayments}), conflicts {load.Conflicts.Count} (stale on purpose {load.Conflicts.Values.Count(c => c.Stale)}), interrupted {load.Interrupted.Count} of which stored {ambiguousStored}; events {stored.Count}, ledger entries {ledger.Version}, balance {ledger.Balance(StoreKit.Temporary2026)}");

        // Each stream's replay equals its view.
        var live = await kit.ViewsAsync();
        await reader.RebuildViewsAsync();
        Assert.Equal(live, await kit.ViewsAsync());
    }
}
