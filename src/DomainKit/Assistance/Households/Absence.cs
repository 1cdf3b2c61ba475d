namespace DomainKit.Assistance;

/// <summary>Why a member is away, which may exclude them from the household (policy-spec HH-02).</summary>
public enum Absence
{
    /// <summary>Not away.</summary>
    None = 0,

    /// <summary>Living away in religious life (clergy); excluded once away for the policy's number of consecutive years.</summary>
    ReligiousLife = 1,

    /// <summary>Serving a prison sentence; excluded.</summary>
    ServingSentence = 2,

    /// <summary>In compulsory drug rehabilitation; excluded.</summary>
    CompulsoryDrugRehabilitation = 3,

    /// <summary>Declared missing by a court; excluded.</summary>
    DeclaredMissing = 4,
}
