namespace DomainKit.Cli.Scenarios;

/// <summary>The rules a scenario can run, by the name scenario files use.</summary>
internal enum ScenarioRule
{
    /// <summary><c>dibao</c>: DB-01, DB-02 and the refinements, on a household.</summary>
    Dibao = 1,

    /// <summary><c>extremePoverty</c>: TK-01 to TK-04, on a household.</summary>
    ExtremePoverty = 2,

    /// <summary><c>margin</c>: MD-01, MD-02, on a household.</summary>
    Margin = 3,

    /// <summary><c>education</c>: ED-01, on a household.</summary>
    Education = 4,

    /// <summary><c>householdAssessment</c>: every programme for a household at one window.</summary>
    HouseholdAssessment = 5,

    /// <summary><c>fraud</c>: FR-01, on an amount obtained.</summary>
    Fraud = 6,

    /// <summary><c>timeLimit</c>: WF-01 to WF-07, VR-04, PB-02 on a start date and a holiday calendar.</summary>
    TimeLimit = 7,

    /// <summary><c>excellentQuota</c>: CA-06, on a unit's proposed grades.</summary>
    ExcellentQuota = 8,

    /// <summary><c>medical</c>: MA-01 to MA-07 and ZF-MA-01 to ZF-MA-04, on a household and a bill.</summary>
    Medical = 9,

    /// <summary><c>temporary</c>: TA-01 to TA-06 and ZF-TA-01, on a household and a request.</summary>
    Temporary = 10,
}
