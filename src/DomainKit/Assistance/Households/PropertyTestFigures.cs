namespace DomainKit.Assistance;

/// <summary>The property test's figures (HH-05), exact: limits are compared as totals, never as rounded averages.</summary>
internal readonly struct PropertyTestFigures(long annualStandardFen, decimal financialLimitFen, bool financialPasses, bool homesPass, bool equityPasses)
{
    public long AnnualStandardFen { get; } = annualStandardFen;

    public decimal FinancialLimitFen { get; } = financialLimitFen;

    public bool FinancialPasses { get; } = financialPasses;

    public bool HomesPass { get; } = homesPass;

    public bool EquityPasses { get; } = equityPasses;

    public bool Passes => FinancialPasses && HomesPass && EquityPasses;
}
