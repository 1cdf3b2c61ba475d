namespace DomainKit.Cadres;

/// <summary>The three distinctions (三个区分开来, FT-01), each a finding: was the mistake on the tolerable side?</summary>
public enum ToleranceDistinction
{
    /// <summary>A mistake from inexperience in a pilot or reform, not a knowing violation.</summary>
    InexperienceNotKnowingViolation = 1,

    /// <summary>A mistake in an experiment not explicitly prohibited, not persisting after a ban.</summary>
    ExperimentNotDefiance = 2,

    /// <summary>An unintentional error for development, not a violation for private gain.</summary>
    DevelopmentNotPrivateGain = 3,
}
