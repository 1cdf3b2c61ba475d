namespace DomainKit.Assistance;

/// <summary>The share of a member's resident medical-insurance premium paid by assistance (MA-07).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct PremiumSubsidy : IEquatable<PremiumSubsidy>
{
    /// <summary>Creates a subsidy.</summary>
    /// <param name="group">The member's group.</param>
    /// <param name="share">The share paid.</param>
    /// <param name="amount">The amount paid.</param>
    /// <param name="personPays">What the person pays.</param>
    public PremiumSubsidy(MedicalGroup group, Rate share, Money amount, Money personPays)
    {
        Group = group;
        Share = share;
        Amount = amount;
        PersonPays = personPays;
    }

    /// <summary>The member's group.</summary>
    public MedicalGroup Group { get; }

    /// <summary>The share of the premium paid; zero for groups MA-07 does not subsidise.</summary>
    public Rate Share { get; }

    /// <summary>The amount paid, rounded half away from zero to the fen.</summary>
    public Money Amount { get; }

    /// <summary>What the person pays: the premium less <see cref="Amount"/>.</summary>
    public Money PersonPays { get; }

    /// <inheritdoc />
    public static bool operator ==(PremiumSubsidy left, PremiumSubsidy right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(PremiumSubsidy left, PremiumSubsidy right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PremiumSubsidy other) => Group == other.Group && Share == other.Share && Amount == other.Amount && PersonPays == other.PersonPays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PremiumSubsidy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Share, Amount, PersonPays);

    /// <inheritdoc />
    public override string ToString() => $"{Group}: {Share} = {Amount}";
}
