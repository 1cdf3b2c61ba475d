namespace DomainKit.Assistance;

/// <summary>Which expenditure-type hardship rule a policy applies.</summary>
public enum ExpenditureRule
{
    /// <summary>Zhifu (ZF-EX-01): income below the previous year's urban per-capita consumption, illness or disaster spending, still in difficulty after emergency relief.</summary>
    ZhifuConsumption = 1,

    /// <summary>National 2024 (EX-01 to EX-03): income below the previous year's per-capita disposable income and rigid spending above a share of income.</summary>
    NationalRigidSpending = 2,
}
