namespace DomainKit.Assistance;

/// <summary>A need a case asks the window to meet; the routing table sends each to a department (ZF-WF-04).</summary>
public enum Need
{
    /// <summary>Basic living: dibao, extreme poverty, margin.</summary>
    BasicLiving = 1,

    /// <summary>Temporary assistance after an emergency or a sudden expense.</summary>
    Temporary = 2,

    /// <summary>Medical assistance.</summary>
    Medical = 3,

    /// <summary>Education assistance.</summary>
    Education = 4,

    /// <summary>Employment help and job referrals.</summary>
    Employment = 5,

    /// <summary>Care for elderly or disabled members.</summary>
    Care = 6,

    /// <summary>Housing repair or rent help.</summary>
    Housing = 7,

    /// <summary>Charitable aid beyond what government programmes pay.</summary>
    Charity = 8,
}
