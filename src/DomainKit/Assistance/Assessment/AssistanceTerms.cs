using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything the household assessment reads on one date: the terms of every programme it covers.</summary>
/// <remarks>
/// Dibao, extreme poverty, margin and medical assistance must resolve. Expenditure hardship, temporary and
/// education assistance need values a policy may not set (the month table and the school standards have
/// no source); when they do not resolve, the assessment reports those programmes as not set, with the
/// reasons in <see cref="NotSet"/>, and decides the rest. Resolve once with <see cref="Resolve"/> and reuse
/// for a whole caseload. Instances are immutable and thread-safe.
/// </remarks>
public sealed class AssistanceTerms
{
    private AssistanceTerms(
        MedicalTerms medical,
        ExpenditureTerms? expenditure,
        TemporaryTerms? temporary,
        EducationTerms? education,
        ImmutableDictionary<Programme, ImmutableArray<ValidationError>> notSet)
    {
        Medical = medical;
        Expenditure = expenditure;
        Temporary = temporary;
        Education = education;
        NotSet = notSet;
    }

    /// <summary>The medical terms, which hold the margin, extreme-poverty and dibao terms.</summary>
    public MedicalTerms Medical { get; }

    /// <summary>The margin terms.</summary>
    public MarginTerms Margin => Medical.Margin;

    /// <summary>The extreme-poverty terms.</summary>
    public ExtremePovertyTerms ExtremePoverty => Medical.Margin.ExtremePoverty;

    /// <summary>The dibao terms.</summary>
    public DibaoTerms Dibao => Medical.Margin.Dibao;

    /// <summary>The expenditure-hardship terms, or null when the policy does not set them on the date.</summary>
    public ExpenditureTerms? Expenditure { get; }

    /// <summary>The temporary-assistance terms, or null when the policy does not set them on the date.</summary>
    public TemporaryTerms? Temporary { get; }

    /// <summary>The education terms, or null when the policy does not set them on the date.</summary>
    public EducationTerms? Education { get; }

    /// <summary>For each programme whose terms did not resolve, the parameters not set or not in effect.</summary>
    public ImmutableDictionary<Programme, ImmutableArray<ValidationError>> NotSet { get; }

    /// <summary>The policy set the terms come from.</summary>
    public PolicySet Policy => Dibao.Policy;

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => Dibao.Date;

    /// <summary>Reads the terms of every programme in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter of dibao, extreme poverty, margin or medical assistance that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<AssistanceTerms> Resolve(PolicySet policy, LocalDate date)
    {
        var medical = MedicalTerms.Resolve(policy, date);
        if (!medical.IsSuccess)
        {
            return Result<AssistanceTerms>.Invalid(medical.ValidationErrors);
        }

        var notSet = ImmutableDictionary.CreateBuilder<Programme, ImmutableArray<ValidationError>>();
        var expenditure = Optional(ExpenditureTerms.Resolve(policy, date), Programme.ExpenditureHardship, notSet);
        var temporary = Optional(TemporaryTerms.Resolve(policy, date), Programme.TemporaryAssistance, notSet);
        var education = Optional(EducationTerms.Resolve(policy, date), Programme.EducationAssistance, notSet);
        return new AssistanceTerms(medical.Value, expenditure, temporary, education, notSet.ToImmutable());
    }

    private static T? Optional<T>(Result<T> terms, Programme programme, ImmutableDictionary<Programme, ImmutableArray<ValidationError>>.Builder notSet)
        where T : class
    {
        if (terms.IsSuccess)
        {
            return terms.Value;
        }

        notSet[programme] = [.. terms.ValidationErrors];
        return null;
    }
}
