namespace DomainKit.Assistance;

/// <summary>The property test's figures (HH-05), exact: limits are compared as totals, never as rounded averages.</summary>
internal readonly struct PropertyTestFigures(long annualStandardFen, ExactLine financialLimitPerMember, int countedMembers, bool financialPasses, bool homesPass, bool equityPasses)
{
    public long AnnualStandardFen { get; } = annualStandardFen;

    /// <summary>The exact financial-assets limit for the counted members, in fen; computed on demand for explanations.</summary>
    public decimal FinancialLimitFen => financialLimitPerMember.For(countedMembers);

    public bool FinancialPasses { get; } = financialPasses;

    public bool HomesPass { get; } = homesPass;

    public bool EquityPasses { get; } = equityPasses;

    public bool Passes => FinancialPasses && HomesPass && EquityPasses;
}
