using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything education assistance reads on one date: the extreme-poverty and dibao terms and the local standards.</summary>
/// <remarks>A policy without <see cref="EducationParameters.Standards"/> resolves to Invalid naming it (parameter not set). Instances are immutable and thread-safe.</remarks>
public sealed class EducationTerms
{
    private EducationTerms(ExtremePovertyTerms extremePoverty, DatedValue<EducationStandards> standards)
    {
        ExtremePoverty = extremePoverty;
        Standards = standards;
    }

    /// <summary>The extreme-poverty terms, which hold the dibao terms.</summary>
    public ExtremePovertyTerms ExtremePoverty { get; }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => ExtremePoverty.Date;

    /// <summary>ED-01: the annual amount per stage.</summary>
    public DatedValue<EducationStandards> Standards { get; }

    /// <summary>Reads the education terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is not set or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<EducationTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var extremePoverty = ExtremePovertyTerms.Resolve(policy, date);
        if (!extremePoverty.IsSuccess)
        {
            errors.AddRange(extremePoverty.ValidationErrors);
        }

        var standards = MeansTestTerms.Read(policy, EducationParameters.Standards, date, errors);
        return errors.Count > 0 ? Result<EducationTerms>.Invalid(errors) : new EducationTerms(extremePoverty.Value, standards);
    }
}
