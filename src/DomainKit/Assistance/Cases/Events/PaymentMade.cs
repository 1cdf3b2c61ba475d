namespace DomainKit.Assistance;

/// <summary>Money was paid on the case; the ledger holds the matching disbursement.</summary>
public sealed record PaymentMade : CaseEvent
{
    /// <summary>The payment.</summary>
    public required CasePayment Payment { get; init; }
}
