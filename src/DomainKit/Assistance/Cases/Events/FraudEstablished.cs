namespace DomainKit.Assistance;

/// <summary>Aid was obtained by fraud: aid stops, the amount is recovered, and a fine of 1-3 times it applies (FR-01).</summary>
public sealed record FraudEstablished : CaseEvent
{
    /// <summary>The amount obtained.</summary>
    public required Money AmountObtained { get; init; }

    /// <summary>The lowest fine.</summary>
    public required Money FineMinimum { get; init; }

    /// <summary>The highest fine.</summary>
    public required Money FineMaximum { get; init; }
}
