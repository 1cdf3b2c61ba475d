namespace DomainKit.Cadres;

/// <summary>
/// The ten situations in which a cadre is unfit for the current post (不适宜担任现职, PD-02), as NSNX15 art. 8 lists
/// them. A situation leads to the unfit category only after a reminder, inquiry or admonition failed to correct it.
/// </summary>
public enum UnfitSituation
{
    /// <summary>Does not keep political discipline and rules, or does not carry out the party's line and policies.</summary>
    PoliticalDiscipline = 1,

    /// <summary>Wavering ideals and convictions: unsteady on major questions of principle, fails when it matters.</summary>
    WaveringConvictions = 2,

    /// <summary>Breaches democratic centralism: acts alone or is lax, refuses or changes the organisation's decisions, unprincipled disputes in the team.</summary>
    DemocraticCentralism = 3,

    /// <summary>Weak sense of organisation: does not report important matters, or misreports or hides personal matters.</summary>
    OrganisationalReporting = 4,

    /// <summary>Breaches the eight-point rules or the rules on clean government.</summary>
    EightPointRules = 5,

    /// <summary>Dares not take responsibility, does nothing in office, idle and slack, with strong complaints from cadres and the public.</summary>
    InactionInOffice = 6,

    /// <summary>Cannot perform the duties or complete the tasks: the unit or the work in charge lags behind, or a serious mistake occurred.</summary>
    DutiesNotPerformed = 7,

    /// <summary>Improper conduct against social, professional or family ethics, with a bad influence.</summary>
    ImproperConduct = 8,

    /// <summary>The spouse, or with no spouse all the children, have settled abroad, which does not suit the post.</summary>
    FamilySettledAbroad = 9,

    /// <summary>Any other situation in which the cadre is unfit for the current post.</summary>
    Other = 10,
}
