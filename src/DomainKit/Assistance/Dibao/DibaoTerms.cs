using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything dibao reads from a policy set on one date: the means-test terms and the standard.</summary>
/// <remarks>
/// Resolve once with <see cref="Resolve"/>, then call <see cref="Dibao.Assess(Household, DibaoTerms)"/> or
/// <see cref="Dibao.AssessAll"/> for any number of households without further lookups or allocations.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class DibaoTerms
{
    private DibaoTerms(
        PolicySet policy,
        MeansTestTerms meansTest,
        WorkAbilityTerms workAbility,
        DatedValue<Money> standardMonthly,
        DatedValue<int> refusalsBeforeCut,
        DatedValue<int> gradualExitMonths,
        DatedValue<Rate>? minimumShare)
    {
        RefusalsBeforeCut = refusalsBeforeCut;
        GradualExitMonths = gradualExitMonths;
        MinimumShare = minimumShare;
        Policy = policy;
        MeansTest = meansTest;
        WorkAbility = workAbility;
        StandardMonthly = standardMonthly;
        AnnualStandardFen = checked(standardMonthly.Value.Fen * 12);
        FinancialLimitPerMember = new ExactLine(meansTest.FinancialAssetsMultiple.Value.TimesFen(AnnualStandardFen));
        OwnIncomeLineFen = checked(standardMonthly.Value.Fen * meansTest.AssessmentWindowMonths.Value);
        WindowMonths = meansTest.AssessmentWindowMonths.Value;
        MaxHomes = meansTest.MaxHomes.Value;
        BusinessEquityLimitFen = meansTest.BusinessEquityLimit.Value.Fen;
    }

    /// <summary>The policy set the terms come from.</summary>
    public PolicySet Policy { get; }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => MeansTest.Date;

    /// <summary>The means-test terms (HH-01 to HH-05).</summary>
    public MeansTestTerms MeansTest { get; }

    /// <summary>TK-02, TK-04: who has no ability to work, which DB-07 and DB-13 read as extreme poverty does.</summary>
    public WorkAbilityTerms WorkAbility { get; }

    /// <summary>DB-01: the monthly dibao standard per person.</summary>
    public DatedValue<Money> StandardMonthly { get; }

    /// <summary>DB-07: refused referrals after which a member's share is cut.</summary>
    public DatedValue<int> RefusalsBeforeCut { get; }

    /// <summary>DB-08: months of gradual exit.</summary>
    public DatedValue<int> GradualExitMonths { get; }

    /// <summary>DB-13: the floor share, when the policy sets one.</summary>
    public DatedValue<Rate>? MinimumShare { get; }

    /// <summary>HH-04, HH-05 values as plain fields: the fast paths read them for every household.</summary>
    internal int WindowMonths { get; }

    internal int MaxHomes { get; }

    internal long BusinessEquityLimitFen { get; }

    /// <summary>Twelve months of the standard, in fen.</summary>
    internal long AnnualStandardFen { get; }

    /// <summary>HH-05: the financial-assets limit per counted member (multiple × annual standard), exact.</summary>
    internal ExactLine FinancialLimitPerMember { get; }

    /// <summary>Standard × window months, in fen: the line one person's income must stay below (TK-03, MD-02).</summary>
    internal long OwnIncomeLineFen { get; }

    /// <summary>Reads the dibao terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<DibaoTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var meansTest = MeansTestTerms.Resolve(policy, date);
        if (!meansTest.IsSuccess)
        {
            errors.AddRange(meansTest.ValidationErrors);
        }

        var workAbility = WorkAbilityTerms.Resolve(policy, date);
        if (!workAbility.IsSuccess)
        {
            errors.AddRange(workAbility.ValidationErrors);
        }

        var standard = MeansTestTerms.Read(policy, DibaoParameters.StandardMonthly, date, errors);
        var refusals = MeansTestTerms.Read(policy, DibaoParameters.RefusalsBeforeCut, date, errors);
        var exit = MeansTestTerms.Read(policy, DibaoParameters.GradualExitMonths, date, errors);
        var floor = policy.ValueAtOrNull(DibaoParameters.MinimumShare, date);
        return errors.Count > 0
            ? Result<DibaoTerms>.Invalid(errors)
            : Result<DibaoTerms>.Success(new DibaoTerms(policy, meansTest.Value, workAbility.Value, standard, refusals, exit, floor));
    }
}
