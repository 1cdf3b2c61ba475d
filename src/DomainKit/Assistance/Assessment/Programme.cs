namespace DomainKit.Assistance;

/// <summary>The social-assistance programmes a household is assessed for.</summary>
public enum Programme
{
    /// <summary>The minimum living guarantee (DB-01, DB-02).</summary>
    Dibao = 1,

    /// <summary>Extreme-poverty support (TK-01).</summary>
    ExtremePoverty = 2,

    /// <summary>Low-income margin status (MD-01).</summary>
    Margin = 3,

    /// <summary>Dibao for severe members of margin households, enrolled alone (MD-02).</summary>
    SingleMemberDibao = 4,

    /// <summary>Medical assistance for the household's bills (MA-01 to MA-06).</summary>
    MedicalAssistance = 5,

    /// <summary>Expenditure-type hardship under the policy's rule (ZF-EX-01 or EX-01), for a household that brings a claim.</summary>
    ExpenditureHardship = 6,

    /// <summary>Temporary assistance (TA-05), for a household that brings a request.</summary>
    TemporaryAssistance = 7,

    /// <summary>Education assistance for its pupils (ED-01), per year.</summary>
    EducationAssistance = 8,
}
