namespace DomainKit.Assistance;

/// <summary>Which income kinds the means test counts (policy-spec HH-03).</summary>
public static class IncomeKinds
{
    /// <summary>Whether income of a kind counts in the means test.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for wages, net business, property and transfer income, and other income.</returns>
    public static bool IsCounted(IncomeKind kind) => kind is IncomeKind.Wages
        or IncomeKind.NetBusiness
        or IncomeKind.NetProperty
        or IncomeKind.NetTransfer
        or IncomeKind.Other;
}
