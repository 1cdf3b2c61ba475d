using System.Globalization;

namespace DomainKit;

/// <summary>
/// An exact amount of Chinese yuan, held as a whole number of fen (0.01 yuan).
/// </summary>
/// <remarks>
/// <para>
/// Money never holds a fraction of a fen and never wraps: every operation that would overflow
/// the underlying 64-bit count throws <see cref="OverflowException"/>. Validated inputs are
/// bounded far below that limit, so an overflow signals a programming error, not bad data.
/// </para>
/// <para>
/// Rounding happens only where a rule says so (policy-spec GEN-02), through
/// <see cref="Divide(long, long)"/> or <see cref="MultiplyBy(Rate)"/>, both half away from zero (四舍五入).
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    private const decimal FenPerYuan = 100m;

    /// <summary>The largest amount, in yuan, that <see cref="FromYuan(decimal)"/> accepts.</summary>
    public static readonly decimal MaxYuan = long.MaxValue / FenPerYuan;

    private Money(long fen) => Fen = fen;

    /// <summary>Zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>The amount as a whole number of fen.</summary>
    public long Fen { get; }

    /// <summary>The amount in yuan, exact, with two decimal places.</summary>
    public decimal Yuan => decimal.Divide(Fen, FenPerYuan);

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Fen < 0;

    /// <summary>Creates an amount from a whole number of fen.</summary>
    /// <param name="fen">The number of fen; any value is allowed.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>Creates an amount from yuan that has at most two decimal places.</summary>
    /// <param name="yuan">The amount in yuan, such as <c>900.50m</c>.</param>
    /// <returns>The exact amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has a fraction of a fen.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yuan"/> is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money FromYuan(decimal yuan)
    {
        if (yuan > MaxYuan || yuan < -MaxYuan)
        {
            throw new ArgumentOutOfRangeException(nameof(yuan), "The amount is beyond the range Money can hold.");
        }

        var fen = yuan * FenPerYuan;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException("The amount has a fraction of a fen; round it first.", nameof(yuan));
        }

        return new Money(decimal.ToInt64(fen));
    }

    /// <summary>Creates an amount from yuan, or reports that it cannot be held exactly.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <param name="money">The exact amount when the method returns <see langword="true"/>.</param>
    /// <returns>
    /// <see langword="true"/> when <paramref name="yuan"/> has at most two decimal places and lies
    /// within ±<see cref="MaxYuan"/>; otherwise <see langword="false"/>.
    /// </returns>
    public static bool TryFromYuan(decimal yuan, out Money money)
    {
        // An amount read from a file almost always carries at most two decimal places and fewer than 64 bits of digits:
        // its fen are then its digits, scaled up, with none of decimal's slower arithmetic. Any other goes the long way.
        var scale = yuan.Scale;
        if (scale <= 2)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(yuan, bits);
            var digits = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
            var multiplier = scale == 2 ? 1UL : scale == 1 ? 10UL : 100UL;
            if (bits[2] == 0 && digits <= long.MaxValue / multiplier)
            {
                var fen = (long)(digits * multiplier);
                money = new Money(bits[3] < 0 ? -fen : fen);
                return true;
            }
        }

        return TryFromYuanByArithmetic(yuan, out money);
    }

    private static bool TryFromYuanByArithmetic(decimal yuan, out Money money)
    {
        money = default;
        if (yuan > MaxYuan || yuan < -MaxYuan)
        {
            return false;
        }

        var fen = yuan * FenPerYuan;
        if (fen != decimal.Truncate(fen))
        {
            return false;
        }

        money = new Money(decimal.ToInt64(fen));
        return true;
    }

    /// <summary>
    /// Divides a whole number of fen and rounds the quotient half away from zero to the fen,
    /// the one rounding step GEN-02 allows at the end of a rule's calculation.
    /// </summary>
    /// <param name="fen">The exact dividend in fen.</param>
    /// <param name="divisor">A positive divisor.</param>
    /// <returns>The rounded quotient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not positive.</exception>
    public static Money Divide(long fen, long divisor)
    {
        if (divisor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), "The divisor must be positive.");
        }

        var quotient = Math.DivRem(fen, divisor, out var remainder);
        // Half away from zero: a remainder of at least half the divisor moves one fen outward.
        // Comparing 2·|remainder| with the divisor keeps the test exact; |remainder| < divisor so it cannot overflow.
        if (Math.Abs(remainder) * 2 >= divisor)
        {
            quotient += Math.Sign(remainder);
        }

        return new Money(quotient);
    }

    /// <summary>Multiplies by a rate and rounds half away from zero to the fen.</summary>
    /// <param name="rate">The rate, such as 80%.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The product is beyond the range Money can hold.</exception>
    public Money MultiplyBy(Rate rate)
    {
        if (rate.TryTimesFenInBasisPoints(Fen, out var product))
        {
            return Divide(product, Rate.BasisPointsDivisor);
        }

        var exact = rate.Value * Fen;
        return new Money(decimal.ToInt64(decimal.Round(exact, 0, MidpointRounding.AwayFromZero)));
    }

    /// <summary>Adds two amounts.</summary>
    /// <exception cref="OverflowException">The sum is beyond the range Money can hold.</exception>
    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    /// <summary>Subtracts one amount from another.</summary>
    /// <exception cref="OverflowException">The difference is beyond the range Money can hold.</exception>
    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    /// <summary>Negates an amount.</summary>
    /// <exception cref="OverflowException">The amount is the smallest one Money can hold.</exception>
    public static Money operator -(Money value) => new(checked(-value.Fen));

    /// <summary>Multiplies an amount by a whole number, such as a count of household members.</summary>
    /// <exception cref="OverflowException">The product is beyond the range Money can hold.</exception>
    public static Money operator *(Money left, long right) => new(checked(left.Fen * right));

    /// <summary>Multiplies an amount by a whole number, such as a count of household members.</summary>
    /// <exception cref="OverflowException">The product is beyond the range Money can hold.</exception>
    public static Money operator *(long left, Money right) => new(checked(left * right.Fen));

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The multiplier.</param>
    /// <returns>The product.</returns>
    public static Money Multiply(Money left, long right) => left * right;

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>The larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money left, Money right) => left.Fen >= right.Fen ? left : right;

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money left, Money right) => left.Fen <= right.Fen ? left : right;

    /// <inheritdoc />
    public static bool operator ==(Money left, Money right) => left.Fen == right.Fen;

    /// <inheritdoc />
    public static bool operator !=(Money left, Money right) => left.Fen != right.Fen;

    /// <summary>Whether one amount is less than another.</summary>
    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    /// <summary>Whether one amount is greater than another.</summary>
    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    /// <summary>Whether one amount is less than or equal to another.</summary>
    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    /// <summary>Whether one amount is greater than or equal to another.</summary>
    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    /// <inheritdoc />
    public bool Equals(Money other) => Fen == other.Fen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fen.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("The object is not Money.", nameof(obj)),
    };

    /// <summary>Formats the amount as <c>¥1234.50</c>, the same in every culture.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount with one of the standard numeric formats a .NET developer expects:
    /// <list type="table">
    /// <listheader><term>format</term><description>result for 1234.5 yuan, without a culture (and with zh-CN)</description></listheader>
    /// <item><term><c>G</c> or none</term><description><c>¥1234.50</c>: the form explanations use, the same in every culture.</description></item>
    /// <item><term><c>F</c> (<c>F2</c>)</term><description><c>1234.50</c>: the plain number of yuan, as JSON and CSV write it.</description></item>
    /// <item><term><c>N</c> (<c>N2</c>)</term><description><c>1,234.50</c>, with group separators.</description></item>
    /// <item><term><c>C</c> (<c>C2</c>)</term><description><c>¥1,234.50</c>: the yuan sign whatever the culture's own currency.</description></item>
    /// </list>
    /// Amounts are always shown to the fen, so the only precision accepted is 2.
    /// </summary>
    /// <param name="format"><c>G</c>, <c>F</c>, <c>N</c>, <c>C</c> (either case, optionally followed by <c>2</c>), or <see langword="null"/>.</param>
    /// <param name="formatProvider">
    /// The culture whose separators <c>F</c>, <c>N</c> and <c>C</c> use (de-DE gives <c>1.234,50</c>). When it is null
    /// the invariant culture is used, not the current one, so that <c>$"{amount:N}"</c> reads the same on every machine.
    /// <c>G</c> ignores it.
    /// </param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var kind = format switch
        {
            null or "" or "G" or "g" => 'G',
            "F" or "f" or "F2" or "f2" => 'F',
            "N" or "n" or "N2" or "n2" => 'N',
            "C" or "c" or "C2" or "c2" => 'C',
            _ => throw new FormatException("Money supports the formats G, F, N and C, with no precision or a precision of 2."),
        };
        if (kind == 'G')
        {
            var number = Yuan.ToString("0.00", CultureInfo.InvariantCulture);
            return Fen < 0 ? "-¥" + number[1..] : "¥" + number;
        }

        var numbers = formatProvider is null ? InvariantYuanFormat : YuanFormat(NumberFormatInfo.GetInstance(formatProvider));
        return Yuan.ToString(kind switch { 'F' => "F2", 'N' => "N2", _ => "C2" }, numbers);
    }

    // The invariant culture writes a negative currency amount in parentheses, an accounting habit a reader of a benefit
    // amount would not expect; a minus sign before the yuan sign is what Chinese documents write.
    private static readonly NumberFormatInfo InvariantYuanFormat = CreateInvariantYuanFormat();

    private static NumberFormatInfo CreateInvariantYuanFormat()
    {
        var format = YuanFormat(NumberFormatInfo.InvariantInfo);
        format.CurrencyNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(format);
    }

    // Every amount is in yuan, so the currency sign is the yuan's whatever currency the culture itself uses.
    private static NumberFormatInfo YuanFormat(NumberFormatInfo culture)
    {
        if (culture.CurrencySymbol == "¥")
        {
            return culture;
        }

        var format = (NumberFormatInfo)culture.Clone();
        format.CurrencySymbol = "¥";
        return format;
    }
}
