namespace DomainKit.Assistance;

/// <summary>The kind of an income item; some kinds are not counted (policy-spec HH-03).</summary>
public enum IncomeKind
{
    /// <summary>Wages and salaries: counted.</summary>
    Wages = 1,

    /// <summary>Net business income: counted.</summary>
    NetBusiness = 2,

    /// <summary>Net property income (rent, interest, dividends): counted.</summary>
    NetProperty = 3,

    /// <summary>Net transfer income (pensions, maintenance received): counted.</summary>
    NetTransfer = 4,

    /// <summary>Other income: counted.</summary>
    Other = 5,

    /// <summary>State preferential-treatment and pension payments for veterans and martyrs' families (优待抚恤金): not counted.</summary>
    PreferentialTreatment = 6,

    /// <summary>Family-planning rewards: not counted.</summary>
    FamilyPlanningReward = 7,

    /// <summary>Scholarships: not counted.</summary>
    Scholarship = 8,

    /// <summary>Awards for bravery (见义勇为): not counted.</summary>
    BraveryAward = 9,

    /// <summary>Government social-assistance payments themselves: not counted.</summary>
    GovernmentAssistance = 10,
}
