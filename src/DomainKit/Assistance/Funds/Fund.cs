namespace DomainKit.Assistance;

/// <summary>The district funds assistance is paid from (ZF-FD-01 to ZF-FD-03, and the monthly benefits of WF-04).</summary>
public enum Fund
{
    /// <summary>The annual temporary-assistance fund.</summary>
    TemporaryAssistance = 1,

    /// <summary>The annual medical-assistance fund.</summary>
    MedicalAssistance = 2,

    /// <summary>The annual education-assistance fund.</summary>
    EducationAssistance = 3,

    /// <summary>The dedicated 救急难 emergency fund for the green channel.</summary>
    Emergency = 4,

    /// <summary>
    /// The charity account, fed by donations and paying education and medical aid (ZF-FD-03); named funds set up by
    /// individuals or companies live inside it and pay only for their named purpose (ZF-MP-02).
    /// </summary>
    Charity = 5,

    /// <summary>
    /// The basic-living fund that pays the monthly dibao and extreme-poverty benefits (DB-02, WF-04); its budget is
    /// the county's, so the presets leave it unset and the integrator opens it.
    /// </summary>
    BasicLiving = 6,
}
