namespace DomainKit.Assistance;

/// <summary>The fast path's answer: which counted members are extreme-poverty persons (TK-01).</summary>
/// <remarks>
/// Extreme poverty is a status, not an amount: the basic-living support it brings is set locally
/// and is not part of the policy specification. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct ExtremePovertyAssessment : IEquatable<ExtremePovertyAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="eligibleMembers">The members who qualify.</param>
    public ExtremePovertyAssessment(MemberSet eligibleMembers) => EligibleMembers = eligibleMembers;

    /// <summary>The members who qualify, by position in the household.</summary>
    public MemberSet EligibleMembers { get; }

    /// <summary>Whether any member qualifies.</summary>
    public bool IsEligible => !EligibleMembers.IsEmpty;

    /// <inheritdoc />
    public static bool operator ==(ExtremePovertyAssessment left, ExtremePovertyAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(ExtremePovertyAssessment left, ExtremePovertyAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ExtremePovertyAssessment other) => EligibleMembers == other.EligibleMembers;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExtremePovertyAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => EligibleMembers.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => "Extreme poverty " + EligibleMembers;
}
