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

    /// <summary><c>gradeConsequences</c>: CA-03, CA-04, CA-05, CA-07, on a cadre and a year.</summary>
    GradeConsequences = 11,

    /// <summary><c>promotionBars</c>: CA-07, CA-08, PD-04, on a cadre and a date.</summary>
    PromotionBars = 12,

    /// <summary><c>stepDown</c>: PD-01, PD-03 to PD-07, SX-PD-00, on a cadre and a year.</summary>
    StepDown = 13,

    /// <summary><c>tolerance</c>: FT-01 to FT-06, SX-FT-02, on a tolerance application.</summary>
    Tolerance = 14,

    /// <summary><c>incentive</c>: IN-01, SX-IN-01, SX-IN-02, on a cadre, a year and a decision date.</summary>
    Incentive = 15,

    /// <summary><c>expenditure</c>: ZF-EX-01 or EX-01 to EX-03, on a household and its spending claim.</summary>
    Expenditure = 16,

    /// <summary><c>case</c>: the case workflow (ZF-WF-01 to ZF-WF-04, PB-01, PB-02, TA-03, ZF-TA-01, FR-01 ...), as a list of steps.</summary>
    Case = 17,

    /// <summary>MA-07: the share of a member's resident medical-insurance premium assistance pays.</summary>
    PremiumSubsidy = 18,
}
