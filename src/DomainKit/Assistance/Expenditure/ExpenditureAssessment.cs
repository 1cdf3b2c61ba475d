using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The fast path's answer for expenditure-type hardship.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct ExpenditureAssessment : IEquatable<ExpenditureAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="rule">The rule applied.</param>
    /// <param name="exclusion">Why the household does not qualify, or <see cref="ExpenditureExclusion.None"/>.</param>
    /// <param name="reviewDue">EX-03: when the status must be reviewed; null under the Zhifu rule or when not eligible.</param>
    public ExpenditureAssessment(ExpenditureRule rule, ExpenditureExclusion exclusion, LocalDate? reviewDue)
    {
        Rule = rule;
        Exclusion = exclusion;
        ReviewDue = reviewDue;
    }

    /// <summary>The rule applied.</summary>
    public ExpenditureRule Rule { get; }

    /// <summary>Why the household does not qualify, or <see cref="ExpenditureExclusion.None"/>.</summary>
    public ExpenditureExclusion Exclusion { get; }

    /// <summary>Whether the household is an expenditure-hardship household (under the Zhifu rule it moves into dibao).</summary>
    public bool IsEligible => Exclusion == ExpenditureExclusion.None;

    /// <summary>EX-03: the date the status must be reviewed by; null under the Zhifu rule or when not eligible.</summary>
    public LocalDate? ReviewDue { get; }

    /// <inheritdoc />
    public static bool operator ==(ExpenditureAssessment left, ExpenditureAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(ExpenditureAssessment left, ExpenditureAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ExpenditureAssessment other) => Rule == other.Rule && Exclusion == other.Exclusion && ReviewDue == other.ReviewDue;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExpenditureAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Exclusion, ReviewDue);

    /// <inheritdoc />
    public override string ToString() => IsEligible ? $"{Rule}: eligible" : $"{Rule}: not eligible ({Exclusion})";
}
