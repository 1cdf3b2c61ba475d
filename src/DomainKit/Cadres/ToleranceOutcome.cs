namespace DomainKit.Cadres;

/// <summary>How a tolerance application ends (FT-02).</summary>
public enum ToleranceOutcome
{
    /// <summary>Responsibility exempted.</summary>
    Exempted = 1,

    /// <summary>Responsibility mitigated.</summary>
    Mitigated = 2,

    /// <summary>Not tolerated: handled under the normal rules.</summary>
    NotTolerated = 3,
}
