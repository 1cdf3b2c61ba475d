namespace DomainKit.Cadres;

/// <summary>The seed's four boundaries (SX-FT-02), each a finding: was the cadre on the tolerable side?</summary>
public enum ToleranceBoundary
{
    /// <summary>An honest mistake (失误), not dereliction (失职).</summary>
    HonestMistakeNotDereliction = 1,

    /// <summary>Daring (敢为), not reckless (乱为).</summary>
    DaringNotReckless = 2,

    /// <summary>Responsible (负责), not slack (懈怠).</summary>
    ResponsibleNotSlack = 3,

    /// <summary>For the public (为公), not for oneself (为私).</summary>
    ForThePublicNotForSelf = 4,
}
