using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything medical assistance reads on one date: the margin terms (for the patient's group), the schemes and the disposable income.</summary>
/// <remarks>
/// The serious-illness scheme is optional: a policy without it, or a date before its first value, means
/// every bill uses its group's scheme. Resolve once with <see cref="Resolve"/> and reuse for a batch.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class MedicalTerms
{
    private MedicalTerms(
        MarginTerms margin,
        DatedValue<Money> disposableIncome,
        DatedValue<MedicalAssistanceScheme> extremePoverty,
        DatedValue<MedicalAssistanceScheme> dibao,
        DatedValue<MedicalAssistanceScheme> marginScheme,
        DatedValue<MedicalAssistanceScheme> impoverishedByIllness,
        DatedValue<MedicalAssistanceScheme>? seriousIllness,
        DatedValue<EnumSet<MedicalGroup>>? seriousIllnessGroups,
        (DatedValue<Rate> ExtremePoverty, DatedValue<Rate> Dibao, DatedValue<Rate> Margin) premiumSubsidy)
    {
        PremiumSubsidyExtremePoverty = premiumSubsidy.ExtremePoverty;
        PremiumSubsidyDibao = premiumSubsidy.Dibao;
        PremiumSubsidyMargin = premiumSubsidy.Margin;
        Margin = margin;
        DisposableIncomePerCapita = disposableIncome;
        SchemeExtremePoverty = extremePoverty;
        SchemeDibao = dibao;
        SchemeMargin = marginScheme;
        SchemeImpoverishedByIllness = impoverishedByIllness;
        SchemeSeriousIllness = seriousIllness;
        SeriousIllnessGroups = seriousIllnessGroups;
    }

    /// <summary>The margin terms, which hold the extreme-poverty and dibao terms.</summary>
    public MarginTerms Margin { get; }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => Margin.Date;

    /// <summary>MA-03: the previous year's per-capita disposable income.</summary>
    public DatedValue<Money> DisposableIncomePerCapita { get; }

    /// <summary>The extreme-poverty scheme.</summary>
    public DatedValue<MedicalAssistanceScheme> SchemeExtremePoverty { get; }

    /// <summary>The dibao scheme.</summary>
    public DatedValue<MedicalAssistanceScheme> SchemeDibao { get; }

    /// <summary>The margin scheme.</summary>
    public DatedValue<MedicalAssistanceScheme> SchemeMargin { get; }

    /// <summary>The impoverished-by-illness scheme.</summary>
    public DatedValue<MedicalAssistanceScheme> SchemeImpoverishedByIllness { get; }

    /// <summary>The serious-illness scheme, when the policy has one in effect.</summary>
    public DatedValue<MedicalAssistanceScheme>? SchemeSeriousIllness { get; }

    /// <summary>The groups the serious-illness scheme covers, when it is in effect.</summary>
    public DatedValue<EnumSet<MedicalGroup>>? SeriousIllnessGroups { get; }

    /// <summary>MA-07: the premium share paid for extreme-poverty persons.</summary>
    public DatedValue<Rate> PremiumSubsidyExtremePoverty { get; }

    /// <summary>MA-07: the premium share paid for dibao members.</summary>
    public DatedValue<Rate> PremiumSubsidyDibao { get; }

    /// <summary>MA-07: the premium share paid for margin-household members.</summary>
    public DatedValue<Rate> PremiumSubsidyMargin { get; }

    /// <summary>Reads the medical-assistance terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<MedicalTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var margin = MarginTerms.Resolve(policy, date);
        if (!margin.IsSuccess)
        {
            errors.AddRange(margin.ValidationErrors);
        }

        var income = MeansTestTerms.Read(policy, MedicalParameters.DisposableIncomePerCapita, date, errors);
        var extremePoverty = MeansTestTerms.Read(policy, MedicalParameters.SchemeExtremePoverty, date, errors);
        var dibao = MeansTestTerms.Read(policy, MedicalParameters.SchemeDibao, date, errors);
        var marginScheme = MeansTestTerms.Read(policy, MedicalParameters.SchemeMargin, date, errors);
        var impoverished = MeansTestTerms.Read(policy, MedicalParameters.SchemeImpoverishedByIllness, date, errors);

        var premium = (
            MeansTestTerms.Read(policy, MedicalParameters.PremiumSubsidyExtremePoverty, date, errors),
            MeansTestTerms.Read(policy, MedicalParameters.PremiumSubsidyDibao, date, errors),
            MeansTestTerms.Read(policy, MedicalParameters.PremiumSubsidyMargin, date, errors));
        // The serious-illness scheme is optional; where it applies, the groups it covers must be set too.
        var serious = policy.ValueAtOrNull(MedicalParameters.SchemeSeriousIllness, date);
        DatedValue<EnumSet<MedicalGroup>>? seriousGroups = serious is null ? null : MeansTestTerms.Read(policy, MedicalParameters.SeriousIllnessGroups, date, errors);

        return errors.Count > 0
            ? Result<MedicalTerms>.Invalid(errors)
            : Result<MedicalTerms>.Success(new MedicalTerms(margin.Value, income, extremePoverty, dibao, marginScheme, impoverished, serious, seriousGroups, premium));
    }

    /// <summary>The general scheme of a group; null for <see cref="MedicalGroup.OtherResident"/>, who has none.</summary>
    internal DatedValue<MedicalAssistanceScheme>? GroupScheme(MedicalGroup group) => group switch
    {
        MedicalGroup.ExtremePoverty => SchemeExtremePoverty,
        MedicalGroup.Dibao => SchemeDibao,
        MedicalGroup.Margin => SchemeMargin,
        MedicalGroup.ImpoverishedByIllness => SchemeImpoverishedByIllness,
        _ => null,
    };

    /// <summary>MA-07: the premium share of a group, with its parameter; null for groups MA-07 does not subsidise.</summary>
    internal (PolicyParameter<Rate> Parameter, DatedValue<Rate> Value)? PremiumShare(MedicalGroup group) => group switch
    {
        MedicalGroup.ExtremePoverty => (MedicalParameters.PremiumSubsidyExtremePoverty, PremiumSubsidyExtremePoverty),
        MedicalGroup.Dibao => (MedicalParameters.PremiumSubsidyDibao, PremiumSubsidyDibao),
        MedicalGroup.Margin => (MedicalParameters.PremiumSubsidyMargin, PremiumSubsidyMargin),
        _ => null,
    };

    internal static PolicyParameter<MedicalAssistanceScheme>? GroupSchemeParameter(MedicalGroup group) => group switch
    {
        MedicalGroup.ExtremePoverty => MedicalParameters.SchemeExtremePoverty,
        MedicalGroup.Dibao => MedicalParameters.SchemeDibao,
        MedicalGroup.Margin => MedicalParameters.SchemeMargin,
        MedicalGroup.ImpoverishedByIllness => MedicalParameters.SchemeImpoverishedByIllness,
        _ => null,
    };
}
