namespace DomainKit.Cadres;

/// <summary>What puts a cadre forward to step down (PD-07, CA-03, CA-04, CA-07, PD-01, SX-FT-03).</summary>
public enum StepDownTrigger
{
    /// <summary>Graded incompetent (PD-07 (3), CA-03).</summary>
    IncompetentYear = 1,

    /// <summary>Graded incompetent the policy's number of years running (CA-04).</summary>
    IncompetentYearsRunning = 2,

    /// <summary>Graded basically competent the policy's number of years running (PD-07 (3), CA-07).</summary>
    BasicallyCompetentYearsRunning = 3,

    /// <summary>A principal leader whose unit was rated average the policy's number of years running (PD-07 (1)).</summary>
    UnitAverageYearsRunning = 4,

    /// <summary>A principal leader whose unit was rated poor (PD-07 (1)).</summary>
    UnitPoor = 5,

    /// <summary>Democratic appraisal: basically competent and incompetent votes at or above the combined share, incompetent above its own (PD-07 (2)).</summary>
    AppraisalVotes = 6,

    /// <summary>A sanction for a violation (PD-01).</summary>
    Sanction = 7,

    /// <summary>A correction order not carried out (SX-FT-03, PD-02).</summary>
    CorrectionFailed = 8,

    /// <summary>An unfit situation of the policy's list that a reminder, inquiry or admonition did not correct (PD-02).</summary>
    UnfitAfterRemedy = 9,
}
