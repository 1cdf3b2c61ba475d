using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of expenditure-type hardship (支出型贫困 / 刚性支出困难, ZF-EX-01, EX-01 to EX-03).</summary>
public static class ExpenditureParameters
{
    /// <summary>Which rule applies: the Zhifu rule or the national rule.</summary>
    public static readonly PolicyParameter<ExpenditureRule> Rule = new(
        "expenditureHardshipRule", "EX-01", ParameterUnit.Choice, "Which expenditure-hardship rule applies.", new EnumCodec<ExpenditureRule>(MessageKeys.ExpenditureRuleTerm));

    /// <summary>ZF-EX-01: the previous year's urban per-capita consumption expenditure (local, dated yearly).</summary>
    public static readonly PolicyParameter<Money> UrbanConsumptionPerCapita = ParameterFactory.Amount(
        "previousYearUrbanConsumptionPerCapita", "ZF-EX-01", ParameterUnit.YuanPerYear, "Previous year's urban per-capita consumption expenditure.", optional: true);

    /// <summary>
    /// ZF-EX-01: the monthly dibao of a household taken into dibao as an expenditure-hardship household. The seed gives
    /// no amount; required under the Zhifu rule.
    /// </summary>
    public static readonly PolicyParameter<ExpenditureDibaoBenefit> DibaoBenefit = new(
        "expenditureDibaoBenefit", "ZF-EX-01", ParameterUnit.Choice, "The dibao of a household taken into dibao for expenditure hardship.", new EnumCodec<ExpenditureDibaoBenefit>(MessageKeys.ExpenditureDibaoBenefitTerm), optional: true);

    /// <summary>EX-01: rigid spending must exceed this share of household income over the look-back.</summary>
    public static readonly PolicyParameter<Rate> RigidSpendingShare = ParameterFactory.Fraction(
        "rigidSpendingShare", "EX-01", "Share of household income rigid spending must exceed.", optional: true);

    /// <summary>EX-01: the months of rigid spending looked back over.</summary>
    public static readonly PolicyParameter<int> LookbackMonths = ParameterFactory.Whole(
        "rigidSpendingLookbackMonths", "EX-01", ParameterUnit.Months, "Months of rigid spending looked back over.", 1, 120, optional: true);

    /// <summary>EX-03: the status lasts at most this many months before review.</summary>
    public static readonly PolicyParameter<int> ValidityMonths = ParameterFactory.Whole(
        "expenditureHardshipValidityMonths", "EX-03", ParameterUnit.Months, "Months the status lasts before review.", 1, 120, optional: true);
}
