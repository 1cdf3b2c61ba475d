namespace DomainKit.Assistance;

/// <summary>Whether a household qualifies for the minimum living guarantee (DB-01).</summary>
public enum DibaoOutcome
{
    /// <summary>The household does not qualify; no benefit is paid.</summary>
    Ineligible = 0,

    /// <summary>The household qualifies; the benefit is the gap to the standard (DB-02).</summary>
    Eligible = 1,

    /// <summary>
    /// The household no longer qualifies because work lifted its income, and its last benefit continues for the
    /// gradual-exit months (DB-08); it is still a dibao recipient.
    /// </summary>
    GradualExit = 2,
}
