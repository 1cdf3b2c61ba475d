namespace DomainKit.Assistance;

/// <summary>A fund's account for one year (ZF-FD-01 to ZF-FD-03): a new year opens a new account and leaves the old untouched.</summary>
/// <param name="Fund">The fund.</param>
/// <param name="Year">The budget year.</param>
/// <param name="NamedFund">
/// For a named fund inside the charity account (ZF-MP-02), its opaque ID (1 to 64 characters); null for the fund itself.
/// </param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct LedgerAccount(Fund Fund, int Year, string? NamedFund = null)
{
    /// <inheritdoc />
    public override string ToString() => NamedFund is null ? $"{Fund} {Year}" : $"{Fund} {Year} ({NamedFund})";
}
