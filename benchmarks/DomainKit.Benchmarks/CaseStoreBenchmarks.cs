using System.Diagnostics;
using Ardalis.Result;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DomainKit.Assistance;
using DomainKit.Marten;
using DomainKit.Policies;
using Marten;
using NodaTime;
using Npgsql;

namespace DomainKit.Benchmarks;

/// <summary>
/// The PostgreSQL case store with durable commits (fsync and synchronous_commit on), on a throwaway cluster of its own
/// (tests/postgres/cluster.sh, or the one named by DOMAINKIT_TEST_POSTGRES_DIR): commands per second for one writer and
/// for eight, and events per second loading and replaying a case. The baseline is the floor any store on this server
/// has: one durable transaction per command, inserting the same event row (and, for a payment, a ledger row) with
/// plain Npgsql and nothing else: no reading, no rules, no chain.
/// </summary>
/// <remarks>Each iteration runs its commands on cases approved for it in the iteration's set-up, so streams do not grow from one iteration to the next.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class CaseStoreBenchmarks
{
    /// <summary>Commands each writer sends in one iteration.</summary>
    public const int Commands = 200;

    /// <summary>Events in the case that is loaded and replayed.</summary>
    public const int LoadedEvents = 400;

    private const int Writers = 8;

    private static readonly Instant At = new LocalDateTime(2026, 3, 16, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb[AssistanceCase.DefaultTimeZoneId]).ToInstant();

    private static readonly CaseApplicant Applicant = new() { Name = "张三丰", ResidentId = ResidentId.Parse("11010519491231002X").Value, HouseholdSize = 3 };

    private string? ownCluster;
    private string connectionString = string.Empty;
    private DocumentStore documents = null!;
    private MartenCaseStore store = null!;
    private NpgsqlDataSource raw = null!;
    private string[] cases = [];
    private int iteration;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        documents.Dispose();
        raw.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (ownCluster is not null)
        {
            Cluster("stop", ownCluster);
        }
    }

    [IterationSetup]
    public void PrepareIteration()
    {
        iteration++;
        cases = [.. Enumerable.Range(0, Writers).Select(w => $"bench-{iteration}-{w}")];
        Task.WhenAll(cases.Select(Approve)).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Commands, Description = "durable commit of the same rows, plain Npgsql")]
    public async Task RawCommitPerCommand()
    {
        for (var i = 0; i < Commands; i++)
        {
            await using var connection = await raw.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand("insert into raw_events (stream, version, data) values ($1, $2, $3::jsonb)", connection, transaction);
            insert.Parameters.AddWithValue($"raw-{iteration}");
            insert.Parameters.AddWithValue((long)i + 1);
            insert.Parameters.AddWithValue("""{"type":"paymentMade","reason":"benchmark","amount":"1.00"}""");
            await insert.ExecuteNonQueryAsync();
            if (i % 2 == 0)
            {
                await using var ledger = new NpgsqlCommand("insert into raw_ledger (data) values ($1::jsonb)", connection, transaction);
                ledger.Parameters.AddWithValue("""{"kind":"disbursement","amount":"1.00"}""");
                await ledger.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Commands, Description = "MartenCaseStore, one writer")]
    public async Task OneWriter() => await Write(cases[0], Commands);

    [Benchmark(OperationsPerInvoke = Commands, Description = "MartenCaseStore, eight writers on their own cases")]
    public async Task EightWriters() => await Task.WhenAll(cases.Select(c => Write(c, Commands / Writers)));

    [Benchmark(OperationsPerInvoke = LoadedEvents, Description = "FindAsync by a new store: load, check the chain, replay (per event)")]
    public async Task<long> LoadAndReplay() => (await new MartenCaseStore(documents, Policy, WorkingDayCalendar.MondayToFriday).FindAsync("loaded"))!.Version;

    private async Task SetupAsync()
    {
        var shared = Environment.GetEnvironmentVariable("DOMAINKIT_TEST_POSTGRES_DIR");
        var dir = shared;
        if (string.IsNullOrEmpty(dir))
        {
            dir = ownCluster = Path.Combine(Path.GetTempPath(), "domainkit-bench-" + Guid.NewGuid().ToString("N")[..12]);
            Cluster("start", dir);
        }

        var maintenance = File.ReadLines(Path.Combine(dir, "env")).First(l => l.StartsWith("DOMAINKIT_TEST_POSTGRES=", StringComparison.Ordinal)).Split('=', 2)[1];
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        connectionString = new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
        documents = CaseStoreSchema.Create(connectionString);
        await CaseStoreSchema.ApplyAsync(documents);
        store = new MartenCaseStore(documents, Policy, WorkingDayCalendar.MondayToFriday);
        raw = NpgsqlDataSource.Create(connectionString);
        await using (var tables = raw.CreateCommand("create table raw_events (stream text not null, version bigint not null, data jsonb not null, primary key (stream, version)); create table raw_ledger (seq bigserial primary key, data jsonb not null)"))
        {
            await tables.ExecuteNonQueryAsync();
        }

        var opened = await store.RunLedgerAsync(l => l.OpenYear(2026, PolicySets.ZhifuPilot, "finance-1", At.Minus(Duration.FromDays(20)), l.Version));
        Check(opened.IsSuccess, "the 2026 budgets did not open");
        await Approve("loaded");
        var loaded = await store.FindAsync("loaded");
        while (loaded!.Version < LoadedEvents)
        {
            var next = await store.RunAsync("loaded", (c, _) => c!.AssignAccountable(new CaseCommand("town-2", At, "benchmark", c.Version), "staff-" + c.Version));
            loaded = next.Value.Case;
        }
    }

    private static readonly PolicySet Policy = PolicySets.ZhifuPilot;

    /// <summary>A case accepted, reviewed, noticed and approved for temporary assistance of 3,000 yuan, ready to pay.</summary>
    private async Task Approve(string caseId)
    {
        var day = new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb[AssistanceCase.DefaultTimeZoneId]).ToInstant();
        CaseCommand By(string staff, int days, long version) => new(staff, day.Plus(Duration.FromDays(days)), "benchmark", version);
        Func<AssistanceCase?, FundLedger, Result<CaseUpdate>>[] steps =
        [
            (_, _) => AssistanceCase.Open(caseId, IntakeChannel.WalkInWindow, Applicant, By("window-7", 0, 0)),
            (c, _) => c!.Accept(By("window-7", 0, c.Version), [Need.Temporary], Policy),
            (c, _) => c!.StartInvestigation(By("lead-3", 1, c.Version), ["inv-1", "inv-2"], Policy),
            (c, _) => c!.RecordVerification(By("inv-1", 2, c.Version), VerificationSource.Banks, Money.Zero, Money.FromYuan(1_200m)),
            (c, _) => c!.PublishNotice(By("town-2", 3, c.Version), Programme.TemporaryAssistance, Money.FromYuan(3_000m), Policy, WorkingDayCalendar.MondayToFriday),
            (c, _) => c!.Approve(By("county-1", 11, c.Version)),
        ];
        foreach (var step in steps)
        {
            var done = await store.RunAsync(caseId, step);
            Check(done.IsSuccess, $"setting up {caseId} was refused: {done.Status}");
        }
    }

    /// <summary>One writer's commands on its case: a payment of one yuan (case event and ledger entry), then an accountability change (case event alone), in turn.</summary>
    private async Task Write(string caseId, int commands)
    {
        var version = (await store.FindAsync(caseId))!.Version;
        for (var i = 0; i < commands; i++)
        {
            var command = new CaseCommand("county-1", At, "benchmark", version);
            var done = i % 2 == 0
                ? await store.RunAsync(caseId, (c, ledger) => c!.Pay(command, Money.FromYuan(1m), ledger))
                : await store.RunAsync(caseId, (c, _) => c!.AssignAccountable(command, "staff-" + i));
            Check(done.IsSuccess, $"a benchmark command was refused: {done.Status}");
            version = done.Value.Case.Version;
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static void Cluster(string command, string dir)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "DomainKit.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("DomainKit.sln was not found above the benchmark.");
        }

        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, "tests", "postgres", "cluster.sh"), command, dir]) { UseShellExecute = false })!;
        process.WaitForExit();
        Check(process.ExitCode == 0, $"cluster.sh {command} failed");
    }
}
