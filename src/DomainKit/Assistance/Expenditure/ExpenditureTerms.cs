using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything expenditure-type hardship reads on one date: the margin terms it ranks below, the rule chosen, and that rule's parameters.</summary>
/// <remarks>Resolve once with <see cref="Resolve"/> and reuse for a batch. Instances are immutable and thread-safe.</remarks>
public sealed class ExpenditureTerms
{
    private ExpenditureTerms(MarginTerms margin, DatedValue<ExpenditureRule> rule, DatedValue<Money> reference, DatedValue<Rate>? share, DatedValue<int>? lookback, DatedValue<int>? validity, DatedValue<ExpenditureDibaoBenefit>? dibaoBenefit = null)
    {
        DibaoBenefit = dibaoBenefit;
        Margin = margin;
        Rule = rule;
        ReferencePerCapita = reference;
        RigidSpendingShare = share;
        LookbackMonths = lookback;
        ValidityMonths = validity;
    }

    /// <summary>The margin terms, which hold the extreme-poverty and dibao terms.</summary>
    public MarginTerms Margin { get; }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => Margin.Date;

    /// <summary>Which rule applies.</summary>
    public DatedValue<ExpenditureRule> Rule { get; }

    /// <summary>
    /// The annual per-capita figure income is compared with: the previous year's urban per-capita consumption
    /// (ZF-EX-01) or per-capita disposable income (EX-01).
    /// </summary>
    public DatedValue<Money> ReferencePerCapita { get; }

    /// <summary>EX-01: the share of income rigid spending must exceed (national rule only).</summary>
    public DatedValue<Rate>? RigidSpendingShare { get; }

    /// <summary>EX-01: the look-back in months (national rule only).</summary>
    public DatedValue<int>? LookbackMonths { get; }

    /// <summary>ZF-EX-01: the dibao of a household taken into dibao (Zhifu rule only).</summary>
    public DatedValue<ExpenditureDibaoBenefit>? DibaoBenefit { get; }

    /// <summary>EX-03: months before review (national rule only).</summary>
    public DatedValue<int>? ValidityMonths { get; }

    internal PolicyParameter<Money> ReferenceParameter => Rule.Value == ExpenditureRule.ZhifuConsumption
        ? ExpenditureParameters.UrbanConsumptionPerCapita
        : MedicalParameters.DisposableIncomePerCapita;

    /// <summary>Reads the terms in force on a date; the parameters of the rule not chosen are not needed.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every needed parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<ExpenditureTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var margin = MarginTerms.Resolve(policy, date);
        if (!margin.IsSuccess)
        {
            errors.AddRange(margin.ValidationErrors);
        }

        var rule = MeansTestTerms.Read(policy, ExpenditureParameters.Rule, date, errors);
        if (errors.Count > 0)
        {
            return Result<ExpenditureTerms>.Invalid(errors);
        }

        if (rule.Value == ExpenditureRule.ZhifuConsumption)
        {
            var consumption = MeansTestTerms.Read(policy, ExpenditureParameters.UrbanConsumptionPerCapita, date, errors);
            var benefit = MeansTestTerms.Read(policy, ExpenditureParameters.DibaoBenefit, date, errors);
            return errors.Count > 0
                ? Result<ExpenditureTerms>.Invalid(errors)
                : new ExpenditureTerms(margin.Value, rule, consumption, null, null, null, benefit);
        }

        var income = MeansTestTerms.Read(policy, MedicalParameters.DisposableIncomePerCapita, date, errors);
        var share = MeansTestTerms.Read(policy, ExpenditureParameters.RigidSpendingShare, date, errors);
        var lookback = MeansTestTerms.Read(policy, ExpenditureParameters.LookbackMonths, date, errors);
        var validity = MeansTestTerms.Read(policy, ExpenditureParameters.ValidityMonths, date, errors);
        return errors.Count > 0
            ? Result<ExpenditureTerms>.Invalid(errors)
            : new ExpenditureTerms(margin.Value, rule, income, share, lookback, validity);
    }
}
