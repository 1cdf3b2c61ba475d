namespace DomainKit.Cadres;

/// <summary>Which way a factor weighs (FT-03).</summary>
public enum FactorWeight
{
    /// <summary>It speaks for tolerance.</summary>
    Favourable = 1,

    /// <summary>It speaks neither way.</summary>
    Neutral = 2,

    /// <summary>It speaks against tolerance.</summary>
    Unfavourable = 3,
}
