namespace DomainKit.Assistance;

/// <summary>How a case reached the assistance system (ZF-WF-01, ZF-MP-04).</summary>
public enum IntakeChannel
{
    /// <summary>Found by community workers, party members or volunteers (主动发现); the case starts at discovery.</summary>
    ProactiveDiscovery = 1,

    /// <summary>The 89000 livelihood hotline.</summary>
    LivelihoodHotline = 2,

    /// <summary>The 12349 one-key platform for life help and emergency calls from elderly people.</summary>
    OneKeyPlatform = 3,

    /// <summary>A walk-in window of the assistance centre or a street sub-centre.</summary>
    WalkInWindow = 4,

    /// <summary>Referred by another department or organisation.</summary>
    Referral = 5,
}
