namespace DomainKit.Assistance;

/// <summary>A fund's account for one year (ZF-FD-01, ZF-FD-02): a new year opens a new account and leaves the old untouched.</summary>
/// <param name="Fund">The fund.</param>
/// <param name="Year">The budget year.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct LedgerAccount(Fund Fund, int Year)
{
    /// <inheritdoc />
    public override string ToString() => $"{Fund} {Year}";
}
