namespace DomainKit.Assistance;

/// <summary>The fast path's answer for one bill: the patient's group, whether a scheme covers the bill, and the assistance.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct MedicalAssessment : IEquatable<MedicalAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="group">The patient's group.</param>
    /// <param name="covered">Whether a scheme covers the bill.</param>
    /// <param name="seriousIllnessScheme">Whether the serious-illness scheme applied.</param>
    /// <param name="amount">The assistance for the bill.</param>
    public MedicalAssessment(MedicalGroup group, bool covered, bool seriousIllnessScheme, Money amount)
    {
        Group = group;
        Covered = covered;
        SeriousIllnessScheme = seriousIllnessScheme;
        Amount = amount;
    }

    /// <summary>The patient's group (MA-01).</summary>
    public MedicalGroup Group { get; }

    /// <summary>Whether a scheme covers the bill; when false, <see cref="Amount"/> is zero.</summary>
    public bool Covered { get; }

    /// <summary>Whether the serious-illness scheme applied instead of the group's.</summary>
    public bool SeriousIllnessScheme { get; }

    /// <summary>The assistance for the bill: the sum of every stage, each rounded once to the fen.</summary>
    public Money Amount { get; }

    /// <inheritdoc />
    public static bool operator ==(MedicalAssessment left, MedicalAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(MedicalAssessment left, MedicalAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(MedicalAssessment other) =>
        Group == other.Group && Covered == other.Covered && SeriousIllnessScheme == other.SeriousIllnessScheme && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MedicalAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Covered, SeriousIllnessScheme, Amount);

    /// <inheritdoc />
    public override string ToString() => Covered ? $"{Group}: {Amount}" : $"{Group}: not covered";
}
