namespace DomainKit.Assistance;

/// <summary>
/// How much dibao a household taken into dibao as an expenditure-type hardship household receives (ZF-EX-01). The seed
/// says such households are all taken into dibao (全部纳入低保) but not with what amount, so the choice is the policy's.
/// </summary>
public enum ExpenditureDibaoBenefit
{
    /// <summary>Gap-filling (DB-02) on the counted income less the claim's rigid spending over the same window, never below zero.</summary>
    NetOfRigidSpending = 1,

    /// <summary>Gap-filling (DB-02) on the counted income alone: nothing when the income is at or above the dibao line.</summary>
    GapOnIncome = 2,

    /// <summary>The full standard for every counted member.</summary>
    FullStandard = 3,
}
