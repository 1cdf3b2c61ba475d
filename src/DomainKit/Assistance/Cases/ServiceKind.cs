namespace DomainKit.Assistance;

/// <summary>The services social organisations and volunteers deliver (ZF-MP-03, ZF-MP-04).</summary>
public enum ServiceKind
{
    /// <summary>A visit to an elderly person or a student.</summary>
    Visit = 1,

    /// <summary>Study support.</summary>
    StudySupport = 2,

    /// <summary>Daily care.</summary>
    DailyCare = 3,

    /// <summary>Emotional comfort.</summary>
    EmotionalComfort = 4,

    /// <summary>End-of-life care.</summary>
    EndOfLifeCare = 5,

    /// <summary>One-key life help through the 12349 platform.</summary>
    LifeHelp = 6,

    /// <summary>An emergency call answered through the 12349 platform.</summary>
    EmergencyCall = 7,
}
