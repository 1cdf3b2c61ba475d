using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything the margin rule reads on one date: the extreme-poverty and dibao terms it ranks below, and MD-01/MD-02.</summary>
/// <remarks>Resolve once with <see cref="Resolve"/> and reuse for a batch. Instances are immutable and thread-safe.</remarks>
public sealed class MarginTerms
{
    private MarginTerms(ExtremePovertyTerms extremePoverty, DatedValue<Rate> incomeMultiple, DatedValue<int> severeDisabilityMaxGrade)
    {
        ExtremePoverty = extremePoverty;
        IncomeMultiple = incomeMultiple;
        SevereDisabilityMaxGrade = severeDisabilityMaxGrade;
        var dibao = extremePoverty.Dibao;
        IncomeLinePerMember = new ExactLine(incomeMultiple.Value.TimesFen(checked(dibao.StandardMonthly.Value.Fen * dibao.MeansTest.AssessmentWindowMonths.Value)));
    }

    /// <summary>The extreme-poverty terms, which hold the dibao terms.</summary>
    public ExtremePovertyTerms ExtremePoverty { get; }

    /// <summary>The dibao terms.</summary>
    public DibaoTerms Dibao => ExtremePoverty.Dibao;

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => ExtremePoverty.Date;

    /// <summary>MD-01: the multiple of the standard per-capita income must stay below.</summary>
    public DatedValue<Rate> IncomeMultiple { get; }

    /// <summary>MD-02: the least severe grade that counts as a severe disability.</summary>
    public DatedValue<int> SevereDisabilityMaxGrade { get; }

    /// <summary>MD-01: multiple × standard × window months per counted member, exact.</summary>
    internal ExactLine IncomeLinePerMember { get; }

    /// <summary>Reads the margin terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<MarginTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var extremePoverty = ExtremePovertyTerms.Resolve(policy, date);
        if (!extremePoverty.IsSuccess)
        {
            errors.AddRange(extremePoverty.ValidationErrors);
        }

        var multiple = MeansTestTerms.Read(policy, MarginParameters.IncomeMultiple, date, errors);
        var severe = MeansTestTerms.Read(policy, MarginParameters.SevereDisabilityMaxGrade, date, errors);
        return errors.Count > 0
            ? Result<MarginTerms>.Invalid(errors)
            : Result<MarginTerms>.Success(new MarginTerms(extremePoverty.Value, multiple, severe));
    }
}
