namespace DomainKit.Assistance;

/// <summary>
/// The fast path's answer for margin: whether the household is a margin household (MD-01), and the
/// severely disabled or seriously ill members enrolled alone in dibao (MD-02) with their monthly total.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct MarginAssessment : IEquatable<MarginAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="exclusion">Why the household is not margin, or <see cref="MarginExclusion.None"/>.</param>
    /// <param name="singleMemberDibao">The members enrolled alone in dibao.</param>
    /// <param name="singleMemberDibaoMonthly">Their monthly dibao, in total.</param>
    public MarginAssessment(MarginExclusion exclusion, MemberSet singleMemberDibao, Money singleMemberDibaoMonthly)
    {
        Exclusion = exclusion;
        SingleMemberDibao = singleMemberDibao;
        SingleMemberDibaoMonthly = singleMemberDibaoMonthly;
    }

    /// <summary>Why the household is not margin, or <see cref="MarginExclusion.None"/> when it is.</summary>
    public MarginExclusion Exclusion { get; }

    /// <summary>Whether the household is a low-income margin household.</summary>
    public bool IsMargin => Exclusion == MarginExclusion.None;

    /// <summary>MD-02: members enrolled alone in dibao (always empty unless <see cref="IsMargin"/>).</summary>
    public MemberSet SingleMemberDibao { get; }

    /// <summary>MD-02: the monthly dibao of those members, in total, each rounded to the fen.</summary>
    public Money SingleMemberDibaoMonthly { get; }

    /// <inheritdoc />
    public static bool operator ==(MarginAssessment left, MarginAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(MarginAssessment left, MarginAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(MarginAssessment other) =>
        Exclusion == other.Exclusion && SingleMemberDibao == other.SingleMemberDibao && SingleMemberDibaoMonthly == other.SingleMemberDibaoMonthly;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MarginAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Exclusion, SingleMemberDibao, SingleMemberDibaoMonthly);

    /// <inheritdoc />
    public override string ToString() => IsMargin ? $"Margin, single-member dibao {SingleMemberDibao} {SingleMemberDibaoMonthly}" : $"Not margin ({Exclusion})";
}
