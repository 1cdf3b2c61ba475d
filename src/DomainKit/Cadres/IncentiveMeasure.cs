namespace DomainKit.Cadres;

/// <summary>The incentive measures (SX-IN-01): "honour in spirit, benefit in material, status in politics".</summary>
public enum IncentiveMeasure
{
    /// <summary>Excellence evaluations and commendation (评优评先): honour first (IN-01).</summary>
    Commendation = 1,

    /// <summary>Assessment rewards (考核奖励), the year-end bonus of an excellent or competent year (CA-05).</summary>
    AssessmentReward = 2,

    /// <summary>Promotion or an important post (提拔重用): "those able go up" (SX-IN-02).</summary>
    PromotionOrImportantPost = 3,
}
