using System.Globalization;
using System.Text;
using DomainKit.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Serialization;

/// <summary>The decimal-string form of amounts: written as decimal formatting writes them, and read back exactly.</summary>
public sealed class AmountTextTest
{
    [Property(MaxTest = 5_000)]
    public void AnyAmount_IsWrittenAsDecimalFormattingWritesIt_AndReadsBackToTheSameFen(long seed)
    {
        Span<byte> text = stackalloc byte[32];
        foreach (var fen in new[] { seed, seed % 1_000_000_000_000_000L, seed % 100_000, long.MaxValue, long.MinValue, 0, -1, 99, 100 })
        {
            var written = Encoding.ASCII.GetString(text[..AmountText.Format(fen, text)]);
            Assert.Equal((fen / 100m).ToString("0.00", CultureInfo.InvariantCulture), written);
            if (Math.Abs((decimal)fen) < 100_000_000_000_000_000m)
            {
                Assert.True(AmountText.TryParseFen(Encoding.ASCII.GetBytes(written), out var read));
                Assert.Equal(fen, read);
            }
        }
    }

    [Property(MaxTest = 2_000)]
    public Property AnyText_IsReadAsAnAmount_ExactlyWhenItIsDigitsWithAtMostTwoDecimals() =>
        Prop.ForAll(Gen.Elements("0", "1", "9", ".", "-", "e", " ", "+", "00", "١").ListOf().Select(parts => string.Concat(parts)).ToArbitrary(), text =>
        {
            var grammar = System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$");
            Assert.Equal(grammar, AmountText.TryParse(text, out var amount));
            if (grammar)
            {
                Assert.Equal(decimal.Parse(text, CultureInfo.InvariantCulture), amount.Yuan);
            }
        });
}
