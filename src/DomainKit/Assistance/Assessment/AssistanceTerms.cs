using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything the household assessment reads on one date: the terms of every programme it covers.</summary>
/// <remarks>Resolve once with <see cref="Resolve"/> and reuse for a whole caseload. Instances are immutable and thread-safe.</remarks>
public sealed class AssistanceTerms
{
    private AssistanceTerms(MedicalTerms medical) => Medical = medical;

    /// <summary>The medical terms, which hold the margin, extreme-poverty and dibao terms.</summary>
    public MedicalTerms Medical { get; }

    /// <summary>The margin terms.</summary>
    public MarginTerms Margin => Medical.Margin;

    /// <summary>The extreme-poverty terms.</summary>
    public ExtremePovertyTerms ExtremePoverty => Medical.Margin.ExtremePoverty;

    /// <summary>The dibao terms.</summary>
    public DibaoTerms Dibao => Medical.Margin.Dibao;

    /// <summary>The policy set the terms come from.</summary>
    public PolicySet Policy => Dibao.Policy;

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => Dibao.Date;

    /// <summary>Reads the terms of every programme in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<AssistanceTerms> Resolve(PolicySet policy, LocalDate date)
    {
        var medical = MedicalTerms.Resolve(policy, date);
        return medical.IsSuccess ? new AssistanceTerms(medical.Value) : Result<AssistanceTerms>.Invalid(medical.ValidationErrors);
    }
}
