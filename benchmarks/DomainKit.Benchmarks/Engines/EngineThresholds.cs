using NodaTime;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The thresholds of the shared rule set from one date on: every engine receives the row in force on the date of
/// evaluation in its own form (DomainKit as dated policy parameters, RulesEngine as a second rule parameter, NRules as
/// a fact, hand-written C# as an argument). Amounts are in fen, ratios in basis points, so every engine computes in
/// exact integers or decimals.
/// </summary>
public sealed class EngineThresholds
{
    public required LocalDate From { get; init; }

    public required long StandardMonthlyFen { get; init; }

    public required int WindowMonths { get; init; }

    public required decimal AssetsMultiple { get; init; }

    public required int MaxHomes { get; init; }

    public required decimal MarginMultiple { get; init; }

    public required long DibaoDeductibleFen { get; init; }

    public required long DibaoRatioBasisPoints { get; init; }

    public required long DibaoCapFen { get; init; }

    public required long MarginDeductibleFen { get; init; }

    public required long MarginRatioBasisPoints { get; init; }

    public required long MarginCapFen { get; init; }

    public required decimal TemporaryMonthsDibaoModerate { get; init; }

    public required decimal TemporaryMonthsDibaoSerious { get; init; }

    public required decimal TemporaryMonthsOtherModerate { get; init; }

    public required decimal TemporaryMonthsOtherSerious { get; init; }

    public required long TemporaryCapFen { get; init; }
}
