namespace DomainKit.Assistance;

/// <summary>The fast path's answer to a temporary-assistance request.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct TemporaryAssessment : IEquatable<TemporaryAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="granted">Whether a grant is made: some member counts and the sudden cost exceeds what the household can meet (TA-01).</param>
    /// <param name="category">The household's category (TA-05).</param>
    /// <param name="amount">The grant, capped.</param>
    /// <param name="instalments">How many monthly instalments pay it (TA-06); 1 for a single payment.</param>
    /// <param name="payFirst">Whether aid is paid first and paperwork completed afterwards (TA-03, ZF-TA-01).</param>
    /// <param name="route">Where the application goes (TA-04).</param>
    /// <param name="ownResources">What the household can meet the need from: financial assets and income above the dibao line over the window (TA-01).</param>
    public TemporaryAssessment(bool granted, TemporaryCategory category, Money amount, int instalments, bool payFirst, ApplicationRoute route, Money ownResources)
    {
        Granted = granted;
        OwnResources = ownResources;
        Category = category;
        Amount = amount;
        Instalments = instalments;
        PayFirst = payFirst;
        Route = route;
    }

    /// <summary>
    /// Whether a grant is made: a member counts (HH-01, HH-02) and the request's sudden cost exceeds
    /// <see cref="OwnResources"/>, so the hardship is one the household cannot meet itself (TA-01).
    /// </summary>
    public bool Granted { get; }

    /// <summary>
    /// What the household can meet a sudden need from (TA-01): its financial assets plus its counted income above the
    /// dibao line (standard × counted members × window months) over the assessment window.
    /// </summary>
    public Money OwnResources { get; }

    /// <summary>The household's category (TA-05).</summary>
    public TemporaryCategory Category { get; }

    /// <summary>The grant: standard × counted members × months, or the flat sum, rounded once and capped.</summary>
    public Money Amount { get; }

    /// <summary>How many monthly instalments pay the grant (TA-06); 1 for a single payment.</summary>
    public int Instalments { get; }

    /// <summary>Whether aid is paid first and the paperwork completed afterwards (TA-03; the green channel, ZF-TA-01).</summary>
    public bool PayFirst { get; }

    /// <summary>Where the application goes (TA-04).</summary>
    public ApplicationRoute Route { get; }

    /// <summary>The instalments: equal whole-fen parts, the last taking what the division leaves, so they sum to <see cref="Amount"/>.</summary>
    /// <returns>The amounts, in payment order.</returns>
    public IReadOnlyList<Money> InstalmentAmounts()
    {
        var count = Math.Max(1, Instalments);
        var part = Money.FromFen(Amount.Fen / count);
        var amounts = Enumerable.Repeat(part, count - 1).ToList();
        amounts.Add(Amount - (part * (count - 1)));
        return amounts;
    }

    /// <inheritdoc />
    public static bool operator ==(TemporaryAssessment left, TemporaryAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(TemporaryAssessment left, TemporaryAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TemporaryAssessment other) =>
        Granted == other.Granted && OwnResources == other.OwnResources && Category == other.Category && Amount == other.Amount && Instalments == other.Instalments && PayFirst == other.PayFirst && Route == other.Route;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TemporaryAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Granted, OwnResources, Category, Amount, Instalments, PayFirst, Route);

    /// <inheritdoc />
    public override string ToString() => Granted ? $"{Category}: {Amount} in {Instalments}, pay first {PayFirst}, {Route}" : $"Not granted: own resources {OwnResources}";
}
