namespace DomainKit.Cadres;

/// <summary>What a year's grade, alone or with the year before, brings (CA-03, CA-04, CA-05, CA-07).</summary>
public enum AssessmentConsequence
{
    /// <summary>A year-end bonus (CA-05).</summary>
    YearEndBonus = 1,

    /// <summary>No promotion in the year (CA-07).</summary>
    NoPromotionThisYear = 2,

    /// <summary>Down one post or rank level (CA-03, CA-07).</summary>
    DownOneLevel = 3,

    /// <summary>Dismissal (辞退, CA-04).</summary>
    Dismissal = 4,
}
