namespace DomainKit.Cadres;

/// <summary>Which list of ways down a policy uses.</summary>
public enum AdjustmentMethodList
{
    /// <summary>The national list (PD-03): transfer, non-leading post, removal, demotion.</summary>
    National = 1,

    /// <summary>The Shaanxi list (PD-05): transfer, non-leading post, resignation taking the blame, ordered to resign.</summary>
    Shaanxi = 2,
}
