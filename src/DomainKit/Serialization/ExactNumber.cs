using System.Buffers.Text;

namespace DomainKit.Serialization;

/// <summary>
/// Whether a decimal read from JSON is exactly the number written. <see cref="decimal"/> holds 28 to 29 significant
/// digits, and the runtime's parser rounds anything finer without saying so: <c>18000.000000000000000000000000001</c>
/// would be read as 18,000.00 and <c>0.00000000000000000000000000000001</c> as zero. A number the reader cannot hold
/// exactly is refused instead, so no amount, rate or count is ever silently rounded on the way in.
/// </summary>
internal static class ExactNumber
{
    /// <summary>True when <paramref name="value"/> equals the JSON number <paramref name="text"/> exactly.</summary>
    public static bool Matches(ReadOnlySpan<byte> text, decimal value)
    {
        Span<byte> formatted = stackalloc byte[64];
        if (!Utf8Formatter.TryFormat(value, formatted, out var length))
        {
            return false;
        }

        var written = Normalize(text);
        var held = Normalize(formatted[..length]);
        return written.Negative == held.Negative && written.Exponent == held.Exponent && written.Digits.SequenceEqual(held.Digits);
    }

    /// <summary>True when <paramref name="value"/> equals the JSON number <paramref name="text"/> exactly.</summary>
    public static bool Matches(string text, decimal value)
    {
        Span<byte> bytes = text.Length <= 256 ? stackalloc byte[text.Length] : new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            // A JSON number is ASCII; anything else cannot match.
            if (text[i] > 0x7F)
            {
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return Matches(bytes, value);
    }

    /// <summary>The number as sign, significant digits without leading or trailing zeros, and the power of ten they are scaled by.</summary>
    private static (bool Negative, byte[] Digits, long Exponent) Normalize(ReadOnlySpan<byte> text)
    {
        var i = 0;
        var negative = i < text.Length && text[i] == (byte)'-';
        if (negative || (i < text.Length && text[i] == (byte)'+'))
        {
            i++;
        }

        var digits = new List<byte>(Math.Min(text.Length, 64));
        long fractionDigits = 0;
        var inFraction = false;
        for (; i < text.Length && text[i] is not ((byte)'e' or (byte)'E'); i++)
        {
            if (text[i] == (byte)'.')
            {
                inFraction = true;
                continue;
            }

            digits.Add(text[i]);
            fractionDigits += inFraction ? 1 : 0;
        }

        long exponent = 0;
        if (i < text.Length)
        {
            i++;
            var exponentNegative = i < text.Length && text[i] == (byte)'-';
            if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            for (; i < text.Length; i++)
            {
                // Far beyond any decimal's scale either way: kept large rather than overflowing.
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), 1_000_000_000);
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        var first = digits.FindIndex(d => d != (byte)'0');
        if (first < 0)
        {
            return (false, [], 0);
        }

        var last = digits.FindLastIndex(d => d != (byte)'0');
        var trailingZeros = digits.Count - 1 - last;
        return (negative, [.. digits.GetRange(first, last - first + 1)], exponent - fractionDigits + trailingZeros);
    }
}
