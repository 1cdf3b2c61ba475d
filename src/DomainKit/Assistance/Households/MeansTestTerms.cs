using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The means-test parameter values in force on one date under one policy set (HH-01 to HH-05).</summary>
/// <remarks>
/// Resolve once with <see cref="Resolve"/> and reuse for a whole batch: rules then read plain fields,
/// with no lookups or allocations per household. Instances are immutable and thread-safe.
/// </remarks>
public sealed class MeansTestTerms
{
    private MeansTestTerms(
        LocalDate date,
        DatedValue<int> adultAge,
        DatedValue<int> clergyYearsAway,
        DatedValue<int> assessmentWindowMonths,
        DatedValue<Rate> financialAssetsMultiple,
        DatedValue<int> maxHomes,
        DatedValue<Money> businessEquityLimit)
    {
        Date = date;
        AdultAge = adultAge;
        ClergyYearsAway = clergyYearsAway;
        AssessmentWindowMonths = assessmentWindowMonths;
        FinancialAssetsMultiple = financialAssetsMultiple;
        MaxHomes = maxHomes;
        BusinessEquityLimit = businessEquityLimit;
        AdultThreshold = new AgeThreshold(adultAge.Value, date);
        DateKey = Dates.Key(date);
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>HH-01: the age from which a child is an adult.</summary>
    public DatedValue<int> AdultAge { get; }

    /// <summary>HH-02: consecutive years away in religious life that exclude a member.</summary>
    public DatedValue<int> ClergyYearsAway { get; }

    /// <summary>HH-04: the months of income the means test averages over.</summary>
    public DatedValue<int> AssessmentWindowMonths { get; }

    /// <summary>HH-05: the limit on financial assets per member, as a multiple of the annual dibao standard.</summary>
    public DatedValue<Rate> FinancialAssetsMultiple { get; }

    /// <summary>HH-05: the most homes allowed.</summary>
    public DatedValue<int> MaxHomes { get; }

    /// <summary>HH-05: the most business equity allowed.</summary>
    public DatedValue<Money> BusinessEquityLimit { get; }

    /// <summary>The date of evaluation as an ordering key, for the fast paths.</summary>
    internal int DateKey { get; }

    /// <summary>HH-01: whether a child has reached adulthood on the date, precomputed for the fast paths.</summary>
    internal AgeThreshold AdultThreshold { get; }

    /// <summary>Reads the means-test values in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<MeansTestTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);

        // Every programme's terms expose this date and the thresholds compare ISO keys, so a date in another
        // calendar is converted here, once; parameter lookups convert in the timeline.
        date = Dates.Iso(date);
        var errors = new List<ValidationError>();
        var adultAge = Read(policy, MeansTestParameters.AdultAge, date, errors);
        var clergy = Read(policy, MeansTestParameters.ClergyYearsAway, date, errors);
        var window = Read(policy, MeansTestParameters.AssessmentWindowMonths, date, errors);
        var multiple = Read(policy, MeansTestParameters.FinancialAssetsMultiple, date, errors);
        var homes = Read(policy, MeansTestParameters.MaxHomes, date, errors);
        var equity = Read(policy, MeansTestParameters.BusinessEquityLimit, date, errors);
        return errors.Count > 0
            ? Result<MeansTestTerms>.Invalid(errors)
            : Result<MeansTestTerms>.Success(new MeansTestTerms(date, adultAge, clergy, window, multiple, homes, equity));
    }

    internal static DatedValue<T> Read<T>(PolicySet policy, PolicyParameter<T> parameter, LocalDate date, List<ValidationError> errors)
        where T : notnull
    {
        var value = policy.ValueAt(parameter, date);
        if (value.IsSuccess)
        {
            return value.Value;
        }

        errors.AddRange(value.ValidationErrors);
        return default;
    }
}
