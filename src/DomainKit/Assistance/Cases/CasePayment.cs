using NodaTime;

namespace DomainKit.Assistance;

/// <summary>One payment on a case: the ledger entry that moved the money and what authorised it.</summary>
/// <param name="Account">The fund account paid from.</param>
/// <param name="Amount">The amount.</param>
/// <param name="LedgerSequence">The sequence number of the ledger's disbursement entry.</param>
/// <param name="Basis">The approval, benefit period or green-channel decision that authorised it.</param>
/// <param name="AuthorisedBy">The sequence number of the case event that authorised it.</param>
/// <param name="Purpose">For a charity payment, the need it meets; null for government aid, whose programme says.</param>
public sealed record CasePayment(LedgerAccount Account, Money Amount, long LedgerSequence, PaymentBasis Basis, long AuthorisedBy, Need? Purpose = null)
{
    /// <summary>For a monthly benefit, the month the payment is for (WF-04); null for every other payment.</summary>
    public YearMonth? Month { get; init; }
}
