using System.Collections.Concurrent;
using Ardalis.Result;
using DomainKit.Assistance;

namespace DomainKit.Marten.Tests;

/// <summary>
/// Writers sending commands to shared cases and one ledger, each command named by a unique reason so that what the
/// database holds afterwards can be matched to what each writer was told: payments of one yuan (a case event and a
/// ledger entry) and accountability changes (a case event alone), some of them on purpose with a stale version.
/// </summary>
internal sealed class Workload(MartenCaseStore store, IReadOnlyList<string> caseIds)
{
    public static readonly Money Payment = Money.FromYuan(1m);

    /// <summary>Commands stored, by reason: the writer was told they were done.</summary>
    public ConcurrentDictionary<string, Sent> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Commands refused as stale, by reason.</summary>
    public ConcurrentDictionary<string, Sent> Conflicts { get; } = new(StringComparer.Ordinal);

    /// <summary>Commands answered Unavailable, by reason: the writer was told they failed.</summary>
    public ConcurrentDictionary<string, Sent> Interrupted { get; } = new(StringComparer.Ordinal);

    /// <summary>Any other answer, which fails the test.</summary>
    public ConcurrentQueue<string> Unexpected { get; } = new();

    /// <summary>Runs <paramref name="writers"/> writers until each has sent <paramref name="commandsEach"/> commands or <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(int writers, int commandsEach, int stalePercent, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w, commandsEach, stalePercent, stop))));

    /// <summary>Sends one command as a writer would: seen version, stale or not.</summary>
    public async Task<Result<CaseUpdate>> SendAsync(Sent sent) => await store.RunAsync(sent.CaseId, (c, ledger) =>
    {
        var command = StoreKit.By(sent.Payment ? "county-1" : "town-2", StoreKit.March(16), sent.ExpectedVersion, sent.Reason);
        return sent.Payment ? c!.Pay(command, Payment, ledger) : c!.AssignAccountable(command, "staff-" + sent.Reason);
    });

    private async Task Writer(int writer, int commandsEach, int stalePercent, CancellationToken stop)
    {
        var random = new Random(writer * 7919);
        for (var i = 0; i < commandsEach && !stop.IsCancellationRequested; i++)
        {
            var caseId = caseIds[random.Next(caseIds.Count)];
            AssistanceCase? seen;
            try
            {
                seen = await store.FindAsync(caseId, CancellationToken.None);
            }
            catch (Exception e) when (e is not CaseStoreIntegrityException)
            {
                // The server is away: nothing was sent, and the writer tries again a moment later.
                await Task.Delay(20, CancellationToken.None);
                continue;
            }

            var stale = random.Next(100) < stalePercent;
            var sent = new Sent($"w{writer}-{i}", caseId, random.Next(2) == 0, stale ? seen!.Version - 1 : seen!.Version, stale);
            Result<CaseUpdate> result;
            try
            {
                result = await SendAsync(sent);
            }
            catch (Exception e)
            {
                Unexpected.Enqueue($"{sent.Reason}: threw {e.GetType().Name}: {e.Message}");
                continue;
            }

            var answered = result.Status switch
            {
                ResultStatus.Ok => Acknowledged.TryAdd(sent.Reason, sent),
                ResultStatus.Conflict => Conflicts.TryAdd(sent.Reason, sent),
                ResultStatus.Unavailable => Interrupted.TryAdd(sent.Reason, sent),
                _ => false,
            };
            if (!answered)
            {
                Unexpected.Enqueue($"{sent.Reason}: {result.Status} {string.Join("; ", result.Errors.Concat(result.ValidationErrors.Select(e => e.ErrorMessage)))}");
            }
        }
    }

    /// <summary>One command as its writer sent it.</summary>
    public sealed record Sent(string Reason, string CaseId, bool Payment, long ExpectedVersion, bool Stale);
}
