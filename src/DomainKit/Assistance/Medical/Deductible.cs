namespace DomainKit.Assistance;

/// <summary>A medical-assistance stage's deductible (MA-03): none, a fixed sum, or a share of the previous year's per-capita disposable income.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Deductible
{
    private Deductible(DeductibleKind kind, Money amount, Rate share)
    {
        Kind = kind;
        Amount = amount;
        Share = share;
    }

    /// <summary>No deductible.</summary>
    public static Deductible None { get; } = new(DeductibleKind.None, Money.Zero, Rate.Zero);

    /// <summary>How the deductible is set.</summary>
    public DeductibleKind Kind { get; }

    /// <summary>The fixed sum, for <see cref="DeductibleKind.Fixed"/>; zero otherwise.</summary>
    public Money Amount { get; }

    /// <summary>The share of disposable income, for <see cref="DeductibleKind.ShareOfDisposableIncome"/>; zero otherwise.</summary>
    public Rate Share { get; }

    /// <summary>A fixed deductible.</summary>
    /// <param name="amount">The sum; not negative.</param>
    /// <returns>The deductible.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Deductible Fixed(Money amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount.Fen, 0, nameof(amount));
        return new(DeductibleKind.Fixed, amount, Rate.Zero);
    }

    /// <summary>A deductible that is a share of the previous year's per-capita disposable income.</summary>
    /// <param name="share">The share, such as 10%.</param>
    /// <returns>The deductible.</returns>
    public static Deductible ShareOfDisposableIncome(Rate share) => new(DeductibleKind.ShareOfDisposableIncome, Money.Zero, share);

    /// <summary>The deductible in yuan, given the previous year's per-capita disposable income; rounded half away from zero to the fen.</summary>
    /// <param name="disposableIncome">The previous year's local per-capita disposable income.</param>
    /// <returns>The deductible.</returns>
    public Money For(Money disposableIncome) => Kind switch
    {
        DeductibleKind.Fixed => Amount,
        DeductibleKind.ShareOfDisposableIncome => disposableIncome.MultiplyBy(Share),
        _ => Money.Zero,
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        DeductibleKind.Fixed => Amount.ToString(),
        DeductibleKind.ShareOfDisposableIncome => Share + " of disposable income",
        _ => "none",
    };
}
