using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>
/// A command's success: the case after it, the events it appended (to store, in order, after the events
/// already stored), and the fund ledger after it when the command moved money.
/// </summary>
/// <param name="Case">The case after the command.</param>
/// <param name="Events">The events the command appended.</param>
/// <param name="Ledger">The ledger after the command, or null when the command moved no money.</param>
public sealed record CaseUpdate(AssistanceCase Case, ImmutableArray<CaseEvent> Events, FundLedger? Ledger = null)
{
    /// <summary>
    /// Throws unless this update continues the case and ledger its command was given: the same case, its events the
    /// ones appended after the case's own, a ledger no shorter. A store checks it before keeping anything, since an
    /// update that does not is a defect in the command.
    /// </summary>
    /// <exception cref="InvalidOperationException">The update does not continue the case or the ledger.</exception>
    internal void EnsureContinues(string caseId, AssistanceCase? current, FundLedger ledger)
    {
        var version = current?.Version ?? 0;
        if (Case.CaseId != caseId || Case.Version != version + Events.Length || !Events.SequenceEqual(Case.Events.Skip((int)version)))
        {
            throw new InvalidOperationException("The command's update does not continue the case it was given.");
        }

        if (Ledger is { } moved && moved.Version < ledger.Version)
        {
            throw new InvalidOperationException("The command's ledger does not continue the ledger it was given.");
        }
    }
}
