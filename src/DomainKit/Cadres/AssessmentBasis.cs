namespace DomainKit.Cadres;

/// <summary>The four bases of the Shaanxi annual assessment (SX-CA-09), each fed by quantified indicators of the policy.</summary>
public enum AssessmentBasis
{
    /// <summary>The annual target-responsibility assessment (年度目标责任考核).</summary>
    TargetResponsibility = 1,

    /// <summary>Monitoring of the county's economic and social development (县域经济社会发展监测).</summary>
    DevelopmentMonitoring = 2,

    /// <summary>Poverty-alleviation performance (脱贫攻坚成效).</summary>
    PovertyAlleviation = 3,

    /// <summary>The quarterly key-project assessments, judged by actual results (重点项目季度考核).</summary>
    KeyProjects = 4,
}
