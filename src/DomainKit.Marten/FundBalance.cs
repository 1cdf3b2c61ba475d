using DomainKit.Assistance;

namespace DomainKit.Marten;

/// <summary>
/// One account of the fund ledger (a fund's budget year, or a named charity fund) as the balance view keeps it, written
/// in the same transaction as the ledger entries that move it. Amounts are yuan.
/// </summary>
public sealed class FundBalance
{
    /// <summary>The account's key: fund, year and named fund, such as <c>temporaryAssistance/2026</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The fund.</summary>
    public Fund Fund { get; set; }

    /// <summary>The budget year.</summary>
    public int Year { get; set; }

    /// <summary>The named charity fund, or null for the year's budget account.</summary>
    public string? NamedFund { get; set; }

    /// <summary>What is left to pay out.</summary>
    public decimal Balance { get; set; }

    /// <summary>The budget or first gift the account was opened with.</summary>
    public decimal Opened { get; set; }

    /// <summary>Gifts received after opening.</summary>
    public decimal Donated { get; set; }

    /// <summary>Paid out.</summary>
    public decimal Disbursed { get; set; }

    /// <summary>Recovered after fraud and returned to the account.</summary>
    public decimal Recovered { get; set; }

    /// <summary>The sequence of the last ledger entry that moved the account: the balance holds up to it.</summary>
    public long LedgerVersion { get; set; }
}
