namespace DomainKit.Assistance;

/// <summary>The property test's outcomes (HH-05); the limits compared are exact totals, shown by the explained path from the terms.</summary>
internal readonly struct PropertyTestFigures(bool financialPasses, bool homesPass, bool equityPasses)
{
    public bool FinancialPasses { get; } = financialPasses;

    public bool HomesPass { get; } = homesPass;

    public bool EquityPasses { get; } = equityPasses;

    public bool Passes => FinancialPasses && HomesPass && EquityPasses;
}
