using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Everything temporary assistance reads on one date: the extreme-poverty and dibao terms (for the category and the standard) and TA-05/TA-06.</summary>
/// <remarks>
/// The month table, the cap and the flat sum have no source ([D]): a policy without them resolves to
/// Invalid with code <c>policy.parameter.missing</c> naming each, never to a zero. Instances are immutable and thread-safe.
/// </remarks>
public sealed class TemporaryTerms
{
    private TemporaryTerms(
        ExtremePovertyTerms extremePoverty,
        DatedValue<TemporaryMonths> months,
        DatedValue<Money> cap,
        DatedValue<Money> minorFlatSum,
        DatedValue<int> instalmentAfterMonths,
        DatedValue<int> maxInstalments,
        DatedValue<int>? paperworkDeadlineDays)
    {
        ExtremePoverty = extremePoverty;
        Months = months;
        Cap = cap;
        MinorFlatSum = minorFlatSum;
        InstalmentAfterMonths = instalmentAfterMonths;
        MaxInstalments = maxInstalments;
        PaperworkDeadlineDays = paperworkDeadlineDays;
    }

    /// <summary>The extreme-poverty terms, which hold the dibao terms.</summary>
    public ExtremePovertyTerms ExtremePoverty { get; }

    /// <summary>The dibao terms.</summary>
    public DibaoTerms Dibao => ExtremePoverty.Dibao;

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date => ExtremePoverty.Date;

    /// <summary>TA-05: months of the standard by category, need and severity.</summary>
    public DatedValue<TemporaryMonths> Months { get; }

    /// <summary>TA-05: the most one grant pays.</summary>
    public DatedValue<Money> Cap { get; }

    /// <summary>TA-05: the flat sum for a minor emergency.</summary>
    public DatedValue<Money> MinorFlatSum { get; }

    /// <summary>TA-06: hardship longer than this many months is paid in instalments.</summary>
    public DatedValue<int> InstalmentAfterMonths { get; }

    /// <summary>TA-06: the most monthly instalments.</summary>
    public DatedValue<int> MaxInstalments { get; }

    /// <summary>ZF-TA-01: working days to complete paperwork after aid is paid first, when the policy sets it.</summary>
    public DatedValue<int>? PaperworkDeadlineDays { get; }

    /// <summary>Reads the temporary-assistance terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is not set or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<TemporaryTerms> Resolve(PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var extremePoverty = ExtremePovertyTerms.Resolve(policy, date);
        if (!extremePoverty.IsSuccess)
        {
            errors.AddRange(extremePoverty.ValidationErrors);
        }

        var months = MeansTestTerms.Read(policy, TemporaryParameters.Months, date, errors);
        var cap = MeansTestTerms.Read(policy, TemporaryParameters.Cap, date, errors);
        var flat = MeansTestTerms.Read(policy, TemporaryParameters.MinorFlatSum, date, errors);
        var after = MeansTestTerms.Read(policy, TemporaryParameters.InstalmentAfterMonths, date, errors);
        var max = MeansTestTerms.Read(policy, TemporaryParameters.MaxInstalments, date, errors);
        var deadline = policy.ValueAtOrNull(TemporaryParameters.PaperworkDeadlineDays, date);
        return errors.Count > 0
            ? Result<TemporaryTerms>.Invalid(errors)
            : Result<TemporaryTerms>.Success(new TemporaryTerms(extremePoverty.Value, months, cap, flat, after, max, deadline));
    }
}
