namespace DomainKit.Cadres;

/// <summary>The sanctions whose periods block promotion (CA-08), from the lightest.</summary>
public enum SanctionKind
{
    /// <summary>警告 warning: 6 months.</summary>
    Warning = 1,

    /// <summary>记过 demerit: 12 months.</summary>
    Demerit = 2,

    /// <summary>记大过 major demerit: 18 months.</summary>
    MajorDemerit = 3,

    /// <summary>降级、撤职 demotion or removal: 24 months.</summary>
    DemotionOrRemoval = 4,
}
