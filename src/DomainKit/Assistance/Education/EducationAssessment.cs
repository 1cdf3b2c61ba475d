namespace DomainKit.Assistance;

/// <summary>The fast path's answer for education assistance: the pupils assisted and the annual total.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct EducationAssessment : IEquatable<EducationAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="pupils">The members assisted.</param>
    /// <param name="annualTotal">Their annual assistance, in total.</param>
    public EducationAssessment(MemberSet pupils, Money annualTotal)
    {
        Pupils = pupils;
        AnnualTotal = annualTotal;
    }

    /// <summary>The members assisted, by position.</summary>
    public MemberSet Pupils { get; }

    /// <summary>Their annual assistance, in total.</summary>
    public Money AnnualTotal { get; }

    /// <summary>Whether any member is assisted.</summary>
    public bool IsEligible => !Pupils.IsEmpty;

    /// <inheritdoc />
    public static bool operator ==(EducationAssessment left, EducationAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(EducationAssessment left, EducationAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EducationAssessment other) => Pupils == other.Pupils && AnnualTotal == other.AnnualTotal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EducationAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pupils, AnnualTotal);

    /// <inheritdoc />
    public override string ToString() => $"Education {Pupils}: {AnnualTotal} a year";
}
