using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The budgets of the district funds (ZF-FD-01, ZF-FD-02), dated per year; optional, since national rules set none.</summary>
public static class FundParameters
{
    /// <summary>ZF-FD-01: the annual temporary-assistance fund.</summary>
    public static readonly PolicyParameter<Money> TemporaryAssistanceBudget = ParameterFactory.Amount(
        "fundBudgetTemporaryAssistance", "ZF-FD-01", ParameterUnit.YuanPerYear, "Annual temporary-assistance fund.", optional: true);

    /// <summary>ZF-FD-01: the annual medical-assistance fund.</summary>
    public static readonly PolicyParameter<Money> MedicalAssistanceBudget = ParameterFactory.Amount(
        "fundBudgetMedicalAssistance", "ZF-FD-01", ParameterUnit.YuanPerYear, "Annual medical-assistance fund.", optional: true);

    /// <summary>ZF-FD-01: the annual education-assistance fund.</summary>
    public static readonly PolicyParameter<Money> EducationAssistanceBudget = ParameterFactory.Amount(
        "fundBudgetEducationAssistance", "ZF-FD-01", ParameterUnit.YuanPerYear, "Annual education-assistance fund.", optional: true);

    /// <summary>ZF-FD-02: the dedicated emergency fund.</summary>
    public static readonly PolicyParameter<Money> EmergencyFund = ParameterFactory.Amount(
        "fundEmergency", "ZF-FD-02", ParameterUnit.Yuan, "Dedicated emergency fund for the green channel.", optional: true);

    /// <summary>The annual basic-living fund for monthly dibao and extreme-poverty benefits; no source gives it, the county sets it.</summary>
    public static readonly PolicyParameter<Money> BasicLivingBudget = ParameterFactory.Amount(
        "fundBudgetBasicLiving", "WF-04", ParameterUnit.YuanPerYear, "Annual basic-living fund for monthly benefits.", optional: true, requiresLocalValue: true);

    /// <summary>The budget parameter of a fund.</summary>
    /// <param name="fund">The fund.</param>
    /// <returns>The parameter.</returns>
    public static PolicyParameter<Money> Budget(Fund fund) => fund switch
    {
        Fund.BasicLiving => BasicLivingBudget,
        Fund.TemporaryAssistance => TemporaryAssistanceBudget,
        Fund.MedicalAssistance => MedicalAssistanceBudget,
        Fund.EducationAssistance => EducationAssistanceBudget,
        Fund.Emergency => EmergencyFund,
        _ => throw new ArgumentOutOfRangeException(nameof(fund), fund, "Unknown fund."),
    };
}
