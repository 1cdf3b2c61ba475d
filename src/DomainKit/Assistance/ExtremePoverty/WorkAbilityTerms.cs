using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Who has no ability to work on one date (TK-02, TK-04): the ages and disability grades that extreme
/// poverty (TK-01), job-referral refusals (DB-07) and the dibao floor (DB-13) all read.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class WorkAbilityTerms
{
    private WorkAbilityTerms(
        LocalDate date,
        DatedValue<int> elderlyAge,
        DatedValue<int> childAge,
        DatedValue<int> intellectualMentalMaxGrade,
        DatedValue<int> physicalMaxGrade,
        DatedValue<int> visualMaxGrade,
        DatedValue<int> minorEnrolmentAge)
    {
        ElderlyAge = elderlyAge;
        ChildAge = childAge;
        IntellectualMentalMaxGrade = intellectualMentalMaxGrade;
        PhysicalMaxGrade = physicalMaxGrade;
        VisualMaxGrade = visualMaxGrade;
        MinorEnrolmentAge = minorEnrolmentAge;
        ElderlyThreshold = new AgeThreshold(elderlyAge.Value, date);
        ChildThreshold = new AgeThreshold(childAge.Value, date);
        MinorThreshold = new AgeThreshold(minorEnrolmentAge.Value, date);
    }

    /// <summary>TK-02: the elderly age.</summary>
    public DatedValue<int> ElderlyAge { get; }

    /// <summary>TK-02: the child age.</summary>
    public DatedValue<int> ChildAge { get; }

    /// <summary>TK-02: the least severe qualifying intellectual or mental disability grade.</summary>
    public DatedValue<int> IntellectualMentalMaxGrade { get; }

    /// <summary>TK-02: the least severe qualifying physical disability grade.</summary>
    public DatedValue<int> PhysicalMaxGrade { get; }

    /// <summary>TK-02: the least severe qualifying visual disability grade.</summary>
    public DatedValue<int> VisualMaxGrade { get; }

    /// <summary>TK-04: the age until which an enrolled minor stays enrolled.</summary>
    public DatedValue<int> MinorEnrolmentAge { get; }

    internal AgeThreshold ElderlyThreshold { get; }

    internal AgeThreshold ChildThreshold { get; }

    internal AgeThreshold MinorThreshold { get; }

    /// <summary>Reads the work-ability terms in force on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The terms, or Invalid naming every parameter that is missing or not yet in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<WorkAbilityTerms> Resolve(PolicySet policy, LocalDate date)
    {
        date = Dates.Iso(date);
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<ValidationError>();
        var elderly = MeansTestTerms.Read(policy, ExtremePovertyParameters.ElderlyAge, date, errors);
        var child = MeansTestTerms.Read(policy, ExtremePovertyParameters.ChildAge, date, errors);
        var intellectual = MeansTestTerms.Read(policy, ExtremePovertyParameters.IntellectualMentalMaxGrade, date, errors);
        var physical = MeansTestTerms.Read(policy, ExtremePovertyParameters.PhysicalMaxGrade, date, errors);
        var visual = MeansTestTerms.Read(policy, ExtremePovertyParameters.VisualMaxGrade, date, errors);
        var minor = MeansTestTerms.Read(policy, ExtremePovertyParameters.MinorEnrolmentAge, date, errors);
        return errors.Count > 0
            ? Result<WorkAbilityTerms>.Invalid(errors)
            : new WorkAbilityTerms(date, elderly, child, intellectual, physical, visual, minor);
    }
}
