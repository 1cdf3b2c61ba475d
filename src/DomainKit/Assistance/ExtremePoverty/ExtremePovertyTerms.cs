using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything extreme poverty reads from a policy set on one date: the dibao terms (standard, means test and work ability, TK-02/TK-04).</summary>
/// <remarks>Resolve once with <see cref="Resolve"/> and reuse for a batch. Instances are immutable and thread-safe.</remarks>
public sealed class ExtremePovertyTerms
{
    private ExtremePovertyTerms(DibaoTerms dibao) => Dibao = dibao;

    /// <summary>The dibao terms: the standard (TK-03), the means test and work ability (TK-02, TK-04).</summary>
    public DibaoTerms Dibao { get; }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => Dibao.Date;

    /// <summary>TK-02, TK-04: who has no ability to work.</summary>
    public WorkAbilityTerms WorkAbility => Dibao.WorkAbility;

    /// <summary>Reads the extreme-poverty terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<ExtremePovertyTerms> Resolve(PolicySet policy, LocalDate date)
    {
        var dibao = DibaoTerms.Resolve(policy, date);
        return dibao.IsSuccess ? new ExtremePovertyTerms(dibao.Value) : Result<ExtremePovertyTerms>.Invalid(dibao.ValidationErrors);
    }
}
