using Ardalis.Result;

namespace DomainKit.Assistance;

/// <summary>
/// Where cases and the fund ledger are kept between commands: each case's history and the one ledger its payments
/// move. A command runs against the case and ledger as stored and what it appends is stored whole or not at all,
/// so a command that moves money never leaves case events without their ledger entries, or the reverse.
/// </summary>
/// <remarks>
/// <see cref="InMemoryCaseStore"/> keeps them in the process. A store over a database appends each command's events
/// with the expected version in one transaction with its ledger entries, and answers a version that moved on
/// meanwhile with the same Conflict a stale command gets. Implementations are thread-safe.
/// </remarks>
public interface ICaseStore
{
    /// <summary>The case with an ID, as stored.</summary>
    /// <param name="caseId">The case's ID.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The case, or null when none has the ID.</returns>
    Task<AssistanceCase?> FindAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a command against the case with an ID (null when there is none, for a command that opens it) and the
    /// ledger as stored, and stores what the command appended, the ledger included, in one step; a refusal stores
    /// nothing.
    /// </summary>
    /// <param name="caseId">The case's ID.</param>
    /// <param name="command">The command: from the case and the ledger to the update, or the refusal.</param>
    /// <param name="cancellationToken">Stops the command before it is stored; once stored, it stands.</param>
    /// <returns>The command's update as stored, or its refusal; Conflict when the case moved on while it ran; Unavailable when the store cannot take it.</returns>
    Task<Result<CaseUpdate>> RunAsync(string caseId, Func<AssistanceCase?, FundLedger, Result<CaseUpdate>> command, CancellationToken cancellationToken = default);

    /// <summary>The fund ledger as stored.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The ledger.</returns>
    Task<FundLedger> LedgerAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored case, for supervision over all of them (<see cref="Supervision.Accountability"/>).</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The cases, in the order of their IDs.</returns>
    IAsyncEnumerable<AssistanceCase> CasesAsync(CancellationToken cancellationToken = default);
}
