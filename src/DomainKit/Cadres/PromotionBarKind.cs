namespace DomainKit.Cadres;

/// <summary>What bars a cadre's promotion for a time.</summary>
public enum PromotionBarKind
{
    /// <summary>A sanction's period (CA-08).</summary>
    SanctionPeriod = 1,

    /// <summary>The year after a basically competent grade (CA-07).</summary>
    BasicallyCompetentGrade = 2,

    /// <summary>The years after a demotion (PD-04).</summary>
    AfterDemotion = 3,

    /// <summary>The years after a removal for accountability, without an equivalent post (PD-04).</summary>
    AfterRemovalForAccountability = 4,
}
