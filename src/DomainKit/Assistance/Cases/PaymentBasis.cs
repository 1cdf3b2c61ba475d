namespace DomainKit.Assistance;

/// <summary>What authorised a payment: every payment is traceable to one of these.</summary>
public enum PaymentBasis
{
    /// <summary>The case's approval.</summary>
    Approval = 1,

    /// <summary>A green-channel decision to pay first and complete the paperwork later (TA-03, ZF-TA-01).</summary>
    GreenChannel = 2,
}
