namespace DomainKit.Assistance;

/// <summary>What a ledger entry records.</summary>
public enum LedgerEntryKind
{
    /// <summary>A budget put into an account.</summary>
    Opening = 1,

    /// <summary>A payment to a case, named with its programme and approver.</summary>
    Disbursement = 2,

    /// <summary>Money recovered from a case (fraud, FR-01; a rejected green-channel payment), back into the account.</summary>
    Recovery = 3,

    /// <summary>A donation into the charity account or one of its named funds (ZF-FD-03, ZF-MP-02).</summary>
    Donation = 4,
}
