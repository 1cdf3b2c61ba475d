using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of medical assistance (医疗救助, policy-spec MA-01 to MA-07, ZF-MA-01 to ZF-MA-04).</summary>
public static class MedicalParameters
{
    /// <summary>MA-03: the previous year's local per-capita disposable income, on which share-based deductibles are set.</summary>
    public static readonly PolicyParameter<Money> DisposableIncomePerCapita = ParameterFactory.Amount(
        "previousYearDisposableIncomePerCapita", "MA-03", ParameterUnit.YuanPerYear, "Previous year's local per-capita disposable income.");

    /// <summary>MA-03 to MA-06: the scheme for extreme-poverty persons.</summary>
    public static readonly PolicyParameter<MedicalAssistanceScheme> SchemeExtremePoverty = ParameterFactory.Scheme(
        "medicalSchemeExtremePoverty", "MA-06", "Medical-assistance stages for extreme-poverty persons.");

    /// <summary>MA-03 to MA-06: the scheme for dibao members.</summary>
    public static readonly PolicyParameter<MedicalAssistanceScheme> SchemeDibao = ParameterFactory.Scheme(
        "medicalSchemeDibao", "MA-06", "Medical-assistance stages for dibao members.");

    /// <summary>MA-03 to MA-06: the scheme for margin-household members.</summary>
    public static readonly PolicyParameter<MedicalAssistanceScheme> SchemeMargin = ParameterFactory.Scheme(
        "medicalSchemeMargin", "MA-06", "Medical-assistance stages for margin-household members.");

    /// <summary>MA-03 to MA-06: the scheme for people recognised as impoverished by illness.</summary>
    public static readonly PolicyParameter<MedicalAssistanceScheme> SchemeImpoverishedByIllness = ParameterFactory.Scheme(
        "medicalSchemeImpoverishedByIllness", "MA-06", "Medical-assistance stages for people impoverished by illness.");

    /// <summary>
    /// ZF-MA-02, ZF-MA-03: the scheme for serious-illness (重特大疾病) inpatient bills, replacing the group's
    /// scheme for the groups in <see cref="SeriousIllnessGroups"/>. Optional: without it every bill uses its group's scheme.
    /// </summary>
    public static readonly PolicyParameter<MedicalAssistanceScheme> SchemeSeriousIllness = ParameterFactory.Scheme(
        "medicalSchemeSeriousIllness", "ZF-MA-02", "Medical-assistance stages for serious-illness inpatient bills.", optional: true);

    /// <summary>ZF-MA-04: the groups serious-illness assistance covers; required when <see cref="SchemeSeriousIllness"/> is set.</summary>
    public static readonly PolicyParameter<EnumSet<MedicalGroup>> SeriousIllnessGroups = ParameterFactory.Groups(
        "medicalSeriousIllnessGroups", "ZF-MA-04", "Groups covered by serious-illness assistance.", optional: true);

    /// <summary>MA-07: the share of the resident medical-insurance premium paid for extreme-poverty persons.</summary>
    public static readonly PolicyParameter<Rate> PremiumSubsidyExtremePoverty = ParameterFactory.Fraction(
        "premiumSubsidyExtremePoverty", "MA-07", "Share of the insurance premium paid for extreme-poverty persons.");

    /// <summary>MA-07: the share of the resident medical-insurance premium paid for dibao members.</summary>
    public static readonly PolicyParameter<Rate> PremiumSubsidyDibao = ParameterFactory.Fraction(
        "premiumSubsidyDibao", "MA-07", "Share of the insurance premium paid for dibao members.");

    /// <summary>MA-07: the share of the resident medical-insurance premium paid for margin-household members.</summary>
    public static readonly PolicyParameter<Rate> PremiumSubsidyMargin = ParameterFactory.Fraction(
        "premiumSubsidyMargin", "MA-07", "Share of the insurance premium paid for margin-household members.");
}
