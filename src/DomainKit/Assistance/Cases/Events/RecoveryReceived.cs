namespace DomainKit.Assistance;

/// <summary>Money came back; the ledger holds the matching recovery entry.</summary>
public sealed record RecoveryReceived : CaseEvent
{
    /// <summary>The fund account it returned to.</summary>
    public required LedgerAccount Account { get; init; }

    /// <summary>The amount.</summary>
    public required Money Amount { get; init; }

    /// <summary>The sequence number of the ledger's recovery entry.</summary>
    public required long LedgerSequence { get; init; }
}
