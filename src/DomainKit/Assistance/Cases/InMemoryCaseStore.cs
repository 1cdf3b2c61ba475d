using System.Collections.Immutable;
using Ardalis.Result;

namespace DomainKit.Assistance;

/// <summary>
/// Cases and the fund ledger kept in the process: for tests, demonstrations and a single service whose cases need not
/// outlive it. Commands run one at a time, so each sees the result of the one before, and a command's events and
/// ledger entries are stored together or not at all.
/// </summary>
/// <remarks>This class is thread-safe. Everything is lost when the process ends; keep real cases in a database.</remarks>
public sealed class InMemoryCaseStore : ICaseStore
{
    /// <summary>The most cases a store holds unless told otherwise.</summary>
    public const int DefaultMaxCases = 100_000;

    private readonly Lock gate = new();

    private readonly int maxCases;

    private ImmutableSortedDictionary<string, AssistanceCase> cases = ImmutableSortedDictionary.Create<string, AssistanceCase>(StringComparer.Ordinal);

    private FundLedger ledger;

    /// <summary>Creates a store with a ledger, such as one whose year's funds were opened from the policy (<see cref="FundLedger.OpenYear"/>).</summary>
    /// <param name="ledger">The fund ledger payments move.</param>
    /// <param name="maxCases">The most cases the store holds; a command that would open one more is refused as Unavailable, so memory stays bounded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCases"/> is less than 1.</exception>
    public InMemoryCaseStore(FundLedger ledger, int maxCases = DefaultMaxCases)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCases, 1);
        this.ledger = ledger;
        this.maxCases = maxCases;
    }

    /// <summary>How many cases the store holds.</summary>
    public int Count => cases.Count;

    /// <inheritdoc/>
    public Task<AssistanceCase?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return Task.FromResult(cases.GetValueOrDefault(caseId));
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The command's update is not a continuation of the case it was given: a defect in the command.</exception>
    public Task<Result<CaseUpdate>> RunAsync(string caseId, Func<AssistanceCase?, FundLedger, Result<CaseUpdate>> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var current = cases.GetValueOrDefault(caseId);
            if (current is null && cases.Count >= maxCases)
            {
                return Task.FromResult(Result<CaseUpdate>.Unavailable($"The store holds its limit of {maxCases} cases."));
            }

            var update = command(current, ledger);
            if (!update.IsSuccess)
            {
                return Task.FromResult(update);
            }

            var next = update.Value;
            next.EnsureContinues(caseId, current, ledger);
            cases = cases.SetItem(caseId, next.Case);
            ledger = next.Ledger ?? ledger;
            return Task.FromResult(update);
        }
    }

    /// <inheritdoc/>
    public Task<FundLedger> LedgerAsync(CancellationToken cancellationToken = default) => Task.FromResult(ledger);

    /// <inheritdoc/>
    // A snapshot: cases opened while the caller reads are not in it, and none is read half-updated.
    public IAsyncEnumerable<AssistanceCase> CasesAsync(CancellationToken cancellationToken = default) => cases.Values.ToAsyncEnumerable();
}
