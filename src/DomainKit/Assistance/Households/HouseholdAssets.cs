namespace DomainKit.Assistance;

/// <summary>The household's property for the property test (policy-spec HH-05).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record HouseholdAssets
{
    /// <summary>A household that owns nothing the property test looks at.</summary>
    public static HouseholdAssets None { get; } = new();

    /// <summary>Deposits, securities, the cash value of insurance and similar financial assets, in total.</summary>
    public Money FinancialAssets { get; init; }

    /// <summary>The number of homes the household owns.</summary>
    public int HomesOwned { get; init; }

    /// <summary>The value of the household's equity in businesses.</summary>
    public Money BusinessEquity { get; init; }
}
