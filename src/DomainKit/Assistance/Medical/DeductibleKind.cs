namespace DomainKit.Assistance;

/// <summary>How a medical-assistance stage's deductible (起付线) is set (MA-03).</summary>
public enum DeductibleKind
{
    /// <summary>No deductible (as Zhifu, ZF-MA-01, and dibao/extreme poverty in principle).</summary>
    None = 0,

    /// <summary>A fixed sum per year.</summary>
    Fixed = 1,

    /// <summary>A share of the previous year's local per-capita disposable income.</summary>
    ShareOfDisposableIncome = 2,
}
