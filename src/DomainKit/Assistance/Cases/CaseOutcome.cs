namespace DomainKit.Assistance;

/// <summary>The outcome an effect evaluation records after aid (ZF-WF-03).</summary>
public enum CaseOutcome
{
    /// <summary>The household is out of the hardship.</summary>
    Resolved = 1,

    /// <summary>The hardship has eased but not ended.</summary>
    Improved = 2,

    /// <summary>The household is still in hardship; further aid or a referral is needed.</summary>
    StillInHardship = 3,

    /// <summary>The need now lies with another department or with charity.</summary>
    Referred = 4,
}
