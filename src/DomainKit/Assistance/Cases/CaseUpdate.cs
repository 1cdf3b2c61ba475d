using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>
/// A command's success: the case after it, the events it appended (to store, in order, after the events
/// already stored), and the fund ledger after it when the command moved money.
/// </summary>
/// <param name="Case">The case after the command.</param>
/// <param name="Events">The events the command appended.</param>
/// <param name="Ledger">The ledger after the command, or null when the command moved no money.</param>
public sealed record CaseUpdate(AssistanceCase Case, ImmutableArray<CaseEvent> Events, FundLedger? Ledger = null);
