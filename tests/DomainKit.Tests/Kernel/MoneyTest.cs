using System.Globalization;
using FsCheck;
using FsCheck.Xunit;

namespace DomainKit.Tests.Kernel;

public class MoneyTest
{
    // Operands up to a quarter of the range, so sums of two never overflow.
    private const long Quarter = long.MaxValue / 4;

    [Property(MaxTest = 1000)]
    public bool Addition_IsCommutativeAndAssociative(long a, long b, long c)
    {
        var (x, y, z) = (Money.FromFen(a % Quarter), Money.FromFen(b % Quarter), Money.FromFen(c % Quarter));
        return x + y == y + x && (x + y) + z == x + (y + z);
    }

    [Property(MaxTest = 1000)]
    public bool SubtractingWhatWasAdded_GivesBackTheOriginal(long a, long b)
    {
        var (x, y) = (Money.FromFen(a % Quarter), Money.FromFen(b % Quarter));
        return x + y - y == x && x - x == Money.Zero && -(-x) == x;
    }

    [Property(MaxTest = 1000)]
    public bool YuanRoundTrip_IsExact(long fen)
    {
        var money = Money.FromFen(fen);
        return Money.FromYuan(money.Yuan) == money && Money.TryFromYuan(money.Yuan, out var again) && again == money;
    }

    [Property(MaxTest = 5000)]
    public bool TryFromYuan_AgreesWithExactDecimalArithmetic_ForAnyDigitsScaleAndSign(int lo, int mid, int hi, bool negative, byte scale, byte narrow)
    {
        // Every decimal the 96 bits, the sign and scales 0 to 28 make, with the high words often zero so that the digits
        // often fit 64 bits (the shortcut's case) and lie near its limits.
        var yuan = new decimal(lo, narrow % 4 == 0 ? mid : narrow % 4 == 1 ? mid & 0x7fff : 0, narrow % 2 == 0 ? 0 : hi, negative, (byte)(scale % 29));
        var oracle = yuan >= -Money.MaxYuan && yuan <= Money.MaxYuan && yuan * 100m == decimal.Truncate(yuan * 100m);
        return Money.TryFromYuan(yuan, out var money) == oracle && (!oracle || money.Fen == decimal.ToInt64(yuan * 100m));
    }

    [Theory]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.07", -long.MaxValue)]
    [InlineData("-0.00", 0L)]
    [InlineData("1.5", 150L)]
    [InlineData("7", 700L)]
    [InlineData("0.10000", 10L)]
    public void TryFromYuan_ReadsAmountsAtTheEdgesOfItsRange(string yuan, long fen)
    {
        Assert.True(Money.TryFromYuan(decimal.Parse(yuan, CultureInfo.InvariantCulture), out var money));
        Assert.Equal(fen, money.Fen);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.08")]
    [InlineData("184467440737095516.15")]
    [InlineData("0.001")]
    public void TryFromYuan_RefusesAmountsBeyondItsRangeOrFinerThanAFen(string yuan) =>
        Assert.False(Money.TryFromYuan(decimal.Parse(yuan, CultureInfo.InvariantCulture), out _));

    [Property(MaxTest = 1000)]
    public bool Divide_RoundsHalfAwayFromZero_LikeDecimalRounding(long fen, PositiveInt divisor)
    {
        var expected = decimal.Round((decimal)fen / divisor.Get, 0, MidpointRounding.AwayFromZero);
        return Money.Divide(fen, divisor.Get).Fen == (long)expected;
    }

    [Property(MaxTest = 1000)]
    public bool MultiplyBy_RoundsHalfAwayFromZero(int fen, byte percent)
    {
        var expected = decimal.Round(fen * (percent / 100m), 0, MidpointRounding.AwayFromZero);
        return Money.FromFen(fen).MultiplyBy(Rate.Percent(percent)).Fen == (long)expected;
    }

    [Property(MaxTest = 2000)]
    public bool MultiplyBy_EqualsTheExactDecimalProductRounded_ForAnyAmountAndAnyPrecisionOfRate(long fen, uint millionths, byte decimals)
    {
        // Rates of up to four decimals take the integer path, finer ones the decimal path; both must agree
        // with the exact product rounded half away from zero, at amounts up to Money's whole range.
        var rate = Rate.FromFraction(decimal.Round(millionths / 1_000_000m, decimals % 7));
        var expected = decimal.Round(rate.Value * fen, 0, MidpointRounding.AwayFromZero);
        if (expected > long.MaxValue || expected < long.MinValue)
        {
            return Record.Exception(() => Money.FromFen(fen).MultiplyBy(rate)) is OverflowException;
        }

        return Money.FromFen(fen).MultiplyBy(rate).Fen == (long)expected;
    }

    [Theory]
    [InlineData(long.MaxValue, "1", long.MaxValue)]           // beyond the integer path's range, still exact
    [InlineData(long.MinValue, "0.5", long.MinValue / 2)]
    [InlineData(-5, "0.1", -1)]                               // -0.5 fen rounds away from zero
    [InlineData(1_000_000_000_000_000, "1.2345", 1_234_500_000_000_000)]
    [InlineData(3, "0.1666666", 0)]                           // seven decimals: the decimal path
    [InlineData(3, "0.1666667", 1)]
    public void MultiplyBy_IsExactAtTheEdgesOfBothPaths(long fen, string rate, long expected) =>
        Assert.Equal(expected, Money.FromFen(fen).MultiplyBy(Rate.FromFraction(decimal.Parse(rate, CultureInfo.InvariantCulture))).Fen);

    [Fact]
    public void MultiplyBy_OverflowsWhenTheProductLeavesTheRange() =>
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue / 2).MultiplyBy(Rate.FromFraction(2.5m)));

    [Theory]
    [InlineData(5, 10, 1)]      // 0.5 fen rounds up
    [InlineData(-5, 10, -1)]    // -0.5 fen rounds away from zero, down
    [InlineData(4, 10, 0)]
    [InlineData(15, 10, 2)]
    [InlineData(14, 10, 1)]
    [InlineData(1, 12, 0)]      // one fen over twelve months is below half a fen
    [InlineData(6, 12, 1)]      // exactly half a fen rounds up (GEN-02)
    public void Divide_HandComputedCases_FollowGen02(long fen, long divisor, long expected) =>
        Assert.Equal(expected, Money.Divide(fen, divisor).Fen);

    [Fact]
    public void Addition_Overflow_ThrowsInsteadOfWrapping()
    {
        var max = Money.FromFen(long.MaxValue);
        Assert.Throws<OverflowException>(() => max + Money.FromFen(1));
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MinValue) - Money.FromFen(1));
        Assert.Throws<OverflowException>(() => max * 2);
        Assert.Throws<OverflowException>(() => -Money.FromFen(long.MinValue));
    }

    [Fact]
    public void FromYuan_FractionOfAFen_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Money.FromYuan(0.001m));
        Assert.False(Money.TryFromYuan(12.345m, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(decimal.MaxValue));
        Assert.False(Money.TryFromYuan(decimal.MinValue, out _));
    }

    [Fact]
    public void Divide_NonPositiveDivisor_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Divide(100, 0));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void ToString_IsTheSameInEveryCulture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("¥1234.50", Money.FromYuan(1234.5m).ToString());
            Assert.Equal("-¥0.05", Money.FromFen(-5).ToString());
            Assert.Equal("1234.50", Money.FromYuan(1234.5m).ToString("F", null));
            Assert.Equal("1,234.50", $"{Money.FromYuan(1234.5m):N}");
            Assert.Equal("¥1,234.50", $"{Money.FromYuan(1234.5m):C}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Comparison_FollowsFen()
    {
        Assert.True(Money.FromFen(1) > Money.Zero);
        Assert.True(Money.FromFen(-1) < Money.Zero);
        Assert.Equal(Money.FromFen(3), Money.Max(Money.FromFen(3), Money.FromFen(2)));
        Assert.Equal(Money.FromFen(2), Money.Min(Money.FromFen(3), Money.FromFen(2)));
        Assert.Equal(0, Money.FromYuan(1m).CompareTo(Money.FromFen(100)));
    }

    [Fact]
    public void NamedOperators_AgreeWithTheOperators()
    {
        var (a, b) = (Money.FromFen(1_234), Money.FromFen(-56));
        Assert.Equal(a + b, Money.Add(a, b));
        Assert.Equal(a - b, Money.Subtract(a, b));
        Assert.Equal(Money.FromFen(3_702), 3 * a);
        Assert.Equal(3 * a, a * 3);
        Assert.Throws<OverflowException>(() => 2 * Money.FromFen(long.MaxValue));
    }

    [Fact]
    public void Formatting_IsTheSameInEveryCulture_WithTheSignBeforeTheYuanSign()
    {
        Assert.Equal("¥1350.00", Money.FromFen(135_000).ToString());
        Assert.Equal("-¥1.50", Money.FromFen(-150).ToString());
        Assert.Equal("-¥1.50", Money.FromFen(-150).ToString("G", System.Globalization.CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("¥0.00", Money.Zero.ToString(string.Empty, null));
    }

    [Theory]
    [InlineData(123_456_789L, "F", "1234567.89")]
    [InlineData(123_456_789L, "f2", "1234567.89")]
    [InlineData(123_456_789L, "N", "1,234,567.89")]
    [InlineData(123_456_789L, "N2", "1,234,567.89")]
    [InlineData(123_456_789L, "C", "¥1,234,567.89")]
    [InlineData(123_456_789L, "c2", "¥1,234,567.89")]
    [InlineData(-150L, "F", "-1.50")]
    [InlineData(-150L, "N", "-1.50")]
    [InlineData(-123_456L, "C", "-¥1,234.56")]
    [InlineData(5L, "C", "¥0.05")]
    [InlineData(0L, "N", "0.00")]
    [InlineData(99_999L, "N", "999.99")]
    [InlineData(100_000L, "N", "1,000.00")]
    public void StandardFormats_WithoutACulture_AreInvariant(long fen, string format, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // Not the current culture: the same text on every machine.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(expected, Money.FromFen(fen).ToString(format, null));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("de-DE", "F", "1234567,89")]
    [InlineData("de-DE", "N", "1.234.567,89")]
    [InlineData("de-DE", "C", "1.234.567,89 ¥")]
    [InlineData("zh-CN", "N", "1,234,567.89")]
    [InlineData("zh-CN", "C", "¥1,234,567.89")]
    [InlineData("en-US", "C", "¥1,234,567.89")]
    [InlineData("de-DE", "G", "¥1234567.89")]
    public void StandardFormats_WithACulture_UseItsSeparators_AndAlwaysTheYuanSign(string culture, string format, string expected) =>
        Assert.Equal(expected, Money.FromFen(123_456_789).ToString(format, CultureInfo.GetCultureInfo(culture)));

    [Property(MaxTest = 1000)]
    public bool StandardFormats_AgreeWithTheDecimalNumberOfYuan_ForEveryAmount(long fen)
    {
        var money = Money.FromFen(fen);
        var yuan = fen / 100m;
        return money.ToString("F", null) == yuan.ToString("0.00", CultureInfo.InvariantCulture)
            && decimal.Parse(money.ToString("N", null), NumberStyles.Number, CultureInfo.InvariantCulture) == yuan
            && decimal.Parse(money.ToString("C", null).Replace("¥", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture) == yuan;
    }

    [Theory]
    [InlineData("N0")]
    [InlineData("C3")]
    [InlineData("E")]
    [InlineData("P")]
    [InlineData("X")]
    [InlineData("0.00")]
    public void OtherFormats_AreRefused_NamingTheSupportedOnes(string format) =>
        Assert.Contains("G, F, N and C", Assert.Throws<FormatException>(() => Money.Zero.ToString(format, null)).Message, StringComparison.Ordinal);

    [Fact]
    public void Misuse_SaysWhatWasWrong()
    {
        Assert.StartsWith("The amount has a fraction of a fen", Assert.Throws<ArgumentException>(() => Money.FromYuan(0.001m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The amount is beyond the range", Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(Money.MaxYuan + 1m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The divisor must be positive", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Divide(1, 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The object is not Money", Assert.Throws<ArgumentException>(() => Money.Zero.CompareTo("0")).Message, StringComparison.Ordinal);
        Assert.Equal(1, Money.Zero.CompareTo(null));
        Assert.Equal(-1, Money.Zero.CompareTo((object)Money.FromFen(1)));
    }
}
