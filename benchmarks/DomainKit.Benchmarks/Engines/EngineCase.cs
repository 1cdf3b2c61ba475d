namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// A household as the peer engines see it: flat facts (counted members, counted income over the window, assets,
/// one medical bill, one temporary request), with the outcome the NRules actions write into.
/// </summary>
public sealed class EngineCase
{
    public required int Id { get; init; }

    public required int Members { get; init; }

    public required long IncomeFen { get; init; }

    public required long FinancialAssetsFen { get; init; }

    public required int Homes { get; init; }

    public required bool HasBill { get; init; }

    public required long BillFen { get; init; }

    public required bool HasTemporary { get; init; }

    public required bool TemporarySerious { get; init; }

    /// <summary>Where rule actions that cannot return a value (NRules) put the decision.</summary>
    public EngineOutcome Outcome { get; } = new();
}
