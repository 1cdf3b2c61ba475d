using System.Globalization;

namespace DomainKit;

/// <summary>
/// An exact, non-negative ratio such as 80% (0.8) or a multiple such as 1.5 × the dibao standard.
/// </summary>
/// <remarks>
/// The ratio is held as a <see cref="decimal"/>, so every rate written in a policy text (a whole
/// or decimal percentage) is held exactly. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable
{
    /// <summary>The largest ratio a policy may state (one million times), far above any real one.</summary>
    public static readonly decimal MaxValue = 1_000_000m;

    private const decimal BasisPointsPerUnit = 10_000m;

    // Rates written with at most four decimals (every rate in a policy text) also keep their value in basis
    // points, so multiplying an amount stays in integers; -1 marks a rate that needs decimal arithmetic.
    // The default rate is zero, and zero basis points agree with it.
    private readonly long basisPoints;

    private Rate(decimal value)
    {
        Value = value;
        var scaled = value * BasisPointsPerUnit;
        basisPoints = scaled == decimal.Truncate(scaled) ? decimal.ToInt64(scaled) : -1;
    }

    /// <summary>A ratio of zero.</summary>
    public static Rate Zero => default;

    /// <summary>The ratio as a fraction: 0.8 for 80%, 1.5 for one and a half times.</summary>
    public decimal Value { get; }

    /// <summary>The ratio as a percentage: 80 for 80%.</summary>
    public decimal Percentage => Value * 100m;

    /// <summary>Creates a rate from a fraction, such as <c>0.8m</c> for 80%.</summary>
    /// <param name="fraction">A value from 0 to <see cref="MaxValue"/>.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative or too large.</exception>
    public static Rate FromFraction(decimal fraction)
    {
        if (!IsValidFraction(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), "A rate must lie between 0 and 1,000,000.");
        }

        return new Rate(fraction);
    }

    /// <summary>Creates a rate from a percentage, such as <c>Rate.Percent(80)</c>.</summary>
    /// <param name="percent">A percentage from 0 to 100,000,000.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or too large.</exception>
    public static Rate Percent(decimal percent) => FromFraction(percent / 100m);

    /// <summary>Whether a fraction may be held as a rate.</summary>
    /// <param name="fraction">The candidate fraction.</param>
    /// <returns><see langword="true"/> when it lies between 0 and <see cref="MaxValue"/>.</returns>
    public static bool IsValidFraction(decimal fraction) => fraction >= 0m && fraction <= MaxValue;

    /// <summary>The exact product of this rate and a whole number of fen, without rounding.</summary>
    /// <param name="fen">The number of fen.</param>
    /// <returns>The exact product, in fen.</returns>
    /// <remarks>Used for threshold tests, which must compare exact totals (GEN-02).</remarks>
    public decimal TimesFen(long fen) => Value * fen;

    /// <summary>
    /// The product with an amount in fen in ten-thousandths of a fen, exact, when the rate has at most four
    /// decimals and the product fits a <see cref="long"/>.
    /// </summary>
    internal bool TryTimesFenInBasisPoints(long fen, out long product)
    {
        product = 0;
        if (basisPoints < 0 || (basisPoints > 0 && (fen > long.MaxValue / basisPoints || fen < -(long.MaxValue / basisPoints))))
        {
            return false;
        }

        product = fen * basisPoints;
        return true;
    }

    /// <summary>The divisor that turns <see cref="TryTimesFenInBasisPoints"/>'s product back into fen.</summary>
    internal const long BasisPointsDivisor = 10_000;

    /// <inheritdoc />
    public static bool operator ==(Rate left, Rate right) => left.Value == right.Value;

    /// <inheritdoc />
    public static bool operator !=(Rate left, Rate right) => left.Value != right.Value;

    /// <summary>Whether one rate is less than another.</summary>
    public static bool operator <(Rate left, Rate right) => left.Value < right.Value;

    /// <summary>Whether one rate is greater than another.</summary>
    public static bool operator >(Rate left, Rate right) => left.Value > right.Value;

    /// <summary>Whether one rate is less than or equal to another.</summary>
    public static bool operator <=(Rate left, Rate right) => left.Value <= right.Value;

    /// <summary>Whether one rate is greater than or equal to another.</summary>
    public static bool operator >=(Rate left, Rate right) => left.Value >= right.Value;

    /// <inheritdoc />
    public bool Equals(Rate other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Rate other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Rate.", nameof(obj)),
    };

    /// <summary>Formats the rate as a percentage, such as <c>80%</c>, the same in every culture.</summary>
    /// <returns>The formatted rate.</returns>
    public override string ToString() =>
        Percentage.ToString("0.############", CultureInfo.InvariantCulture) + "%";
}
