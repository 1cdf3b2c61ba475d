namespace DomainKit.Cadres;

/// <summary>The ways a cadre steps down (PD-03, PD-05).</summary>
public enum AdjustmentMethod
{
    /// <summary>调离岗位 transfer to another post.</summary>
    Transfer = 1,

    /// <summary>改任非领导职务 change to a non-leading post.</summary>
    NonLeadingPost = 2,

    /// <summary>免职 removal.</summary>
    Removal = 3,

    /// <summary>降职 demotion.</summary>
    Demotion = 4,

    /// <summary>引咎辞职 resignation taking the blame.</summary>
    ResignationTakingBlame = 5,

    /// <summary>责令辞职 ordered to resign.</summary>
    OrderedToResign = 6,
}
