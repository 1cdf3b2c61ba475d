namespace DomainKit.Assistance;

/// <summary>Why money paid on a case must be recovered.</summary>
public enum RecoveryCause
{
    /// <summary>The green channel's paperwork was not completed by its deadline (ZF-TA-01).</summary>
    PaperworkLapsed = 1,

    /// <summary>The review rejected a case the green channel had already paid.</summary>
    RejectedAfterPayingFirst = 2,

    /// <summary>The approval came to less than the green channel had already paid.</summary>
    PaidAboveApproval = 3,

    /// <summary>The aid was obtained by fraud (FR-01).</summary>
    Fraud = 4,
}
