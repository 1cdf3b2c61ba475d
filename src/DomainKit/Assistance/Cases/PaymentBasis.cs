namespace DomainKit.Assistance;

/// <summary>What authorised a payment: every payment is traceable to one of these, by the event that recorded it.</summary>
public enum PaymentBasis
{
    /// <summary>The case's approval.</summary>
    Approval = 1,

    /// <summary>A green-channel decision to pay first and complete the paperwork later (TA-03, ZF-TA-01).</summary>
    GreenChannel = 2,

    /// <summary>A charity project's commitment to an unmet need (ZF-MP-01).</summary>
    CharityProject = 3,

    /// <summary>A month of a monthly benefit, at the amount the approval or the latest change set for it (WF-04, DB-09).</summary>
    MonthlyBenefit = 4,
}
