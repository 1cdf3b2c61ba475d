namespace DomainKit.Cadres;

/// <summary>What makes a mistake intolerable whatever else holds (FT-06, SX-FT-02).</summary>
public enum ToleranceExclusion
{
    /// <summary>The cadre sought private gain.</summary>
    PrivateGain = 1,

    /// <summary>A breach of political discipline.</summary>
    PoliticalDisciplineBreach = 2,

    /// <summary>The cadre persisted after an explicit ban.</summary>
    DefiedExplicitBan = 3,

    /// <summary>The same mistake again.</summary>
    RepeatedMistake = 4,

    /// <summary>The cadre concealed the mistake or refused to correct it.</summary>
    ConcealmentOrRefusal = 5,

    /// <summary>A major safety accident.</summary>
    MajorSafetyAccident = 6,

    /// <summary>The bottom line of party discipline and law was crossed.</summary>
    CrossedBottomLine = 7,
}
