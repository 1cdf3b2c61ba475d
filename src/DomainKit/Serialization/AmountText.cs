using System.Globalization;
using System.Text.Json;

namespace DomainKit.Serialization;

/// <summary>
/// An amount in yuan written as a decimal string, the form of every amount in the version-2 contracts: digits, no
/// leading zero, and at most two decimals after a point ("1350.00", "19.99", "0.5", "18000"). Writers always give two
/// decimals. A JSON number would be read as binary floating point by most validators and languages, which then
/// cannot tell that 19.99 is a whole number of fen; a string keeps the amount exact in every one of them.
/// </summary>
internal static class AmountText
{
    /// <summary>The expected form, as an error message states it without repeating what was refused.</summary>
    public const string Expected = "a decimal string of yuan such as \"1350.00\"";

    /// <summary>More digits before the point than this are refused before any arithmetic, so nothing can overflow.</summary>
    private const int MaxWholeDigits = 15;

    /// <summary>Writes an amount as a property: two decimals, formatted from the fen straight into the writer's bytes.</summary>
    public static void Write(Utf8JsonWriter writer, string name, Money amount)
    {
        Span<byte> text = stackalloc byte[32];
        writer.WriteString(name, text[..Format(amount.Fen, text)]);
    }

    /// <summary>Writes an amount as a property named by its pre-encoded name.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, Money amount)
    {
        Span<byte> text = stackalloc byte[32];
        writer.WriteString(name, text[..Format(amount.Fen, text)]);
    }

    /// <summary>Writes an amount as an array item.</summary>
    public static void WriteValue(Utf8JsonWriter writer, Money amount)
    {
        Span<byte> text = stackalloc byte[32];
        writer.WriteStringValue(text[..Format(amount.Fen, text)]);
    }

    /// <summary>An amount as its text: two decimals, invariant.</summary>
    public static string Format(Money amount) => amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes an amount in fen as yuan with exactly two decimals (<c>-12.05</c>), as <c>0.00</c> formats it, into at
    /// least 24 bytes, without going through decimal.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    public static int Format(long fen, Span<byte> destination)
    {
        var length = 0;
        var magnitude = fen < 0 ? (ulong)(-(fen + 1)) + 1 : (ulong)fen;
        if (fen < 0)
        {
            destination[length++] = (byte)'-';
        }

        System.Buffers.Text.Utf8Formatter.TryFormat(magnitude / 100, destination[length..], out var digits);
        length += digits;
        destination[length++] = (byte)'.';
        destination[length++] = (byte)('0' + (magnitude % 100 / 10));
        destination[length++] = (byte)('0' + (magnitude % 10));
        return length;
    }

    /// <summary>Reads the JSON string under the reader as an amount. False for a string that is not one.</summary>
    public static bool TryRead(ref Utf8JsonReader json, out Money amount)
    {
        amount = Money.Zero;
        if (json.HasValueSequence || json.ValueIsEscaped)
        {
            // Rare: an escaped digit is still a digit, as a document reader sees it once unescaped.
            string? text;
            try
            {
                text = json.GetString();
            }
            catch (InvalidOperationException)
            {
                return false;
            }

            return TryParse(text, out amount);
        }

        if (!TryParseFen(json.ValueSpan, out var fen))
        {
            return false;
        }

        amount = Money.FromFen(fen);
        return true;
    }

    /// <summary>Reads a string element as an amount.</summary>
    public static bool TryRead(JsonElement element, out Money amount)
    {
        amount = Money.Zero;
        return element.ValueKind == JsonValueKind.String && TryParse(element.GetString(), out amount);
    }

    /// <summary>Parses text as an amount by the grammar of <see cref="TryParseFen"/>.</summary>
    public static bool TryParse(string? text, out Money amount)
    {
        amount = Money.Zero;
        if (text is not { Length: > 0 and <= MaxWholeDigits + 4 })
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxWholeDigits + 4];
        for (var i = 0; i < text.Length; i++)
        {
            // Only ASCII digits, a point and a minus can make an amount; anything else fails the grammar.
            bytes[i] = text[i] < 128 ? (byte)text[i] : (byte)'?';
        }

        if (!TryParseFen(bytes[..text.Length], out var fen))
        {
            return false;
        }

        amount = Money.FromFen(fen);
        return true;
    }

    /// <summary>
    /// Parses an optional minus, 1 to 15 digits without a leading zero, and optionally a point with one or two digits,
    /// into fen. The same grammar as a plain JSON number without an exponent, so the number and the string form of an
    /// amount read alike. False for anything else.
    /// </summary>
    public static bool TryParseFen(ReadOnlySpan<byte> text, out long fen)
    {
        fen = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var i = negative ? 1 : 0;
        var start = i;
        while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
        {
            if (i - start == MaxWholeDigits)
            {
                return false;
            }

            fen = (fen * 10) + (text[i++] - (byte)'0');
        }

        if (i == start || (text[start] == (byte)'0' && i - start > 1))
        {
            return false;
        }

        var decimals = 0;
        if (i < text.Length)
        {
            if (text[i++] != (byte)'.')
            {
                return false;
            }

            while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9' && decimals < 2)
            {
                fen = (fen * 10) + (text[i++] - (byte)'0');
                decimals++;
            }

            if (decimals == 0 || i != text.Length)
            {
                return false;
            }
        }

        for (; decimals < 2; decimals++)
        {
            fen *= 10;
        }

        fen = negative ? -fen : fen;
        return true;
    }

    /// <summary>
    /// The JSON Schema pattern (ECMA-262) of the amounts from <paramref name="minimum"/> to <paramref name="maximum"/> yuan,
    /// exact to the fen, for the bounds the contracts use: a minimum of 0, 0.01 or minus the maximum (a signed amount) and a
    /// maximum that is a power of ten.
    /// </summary>
    public static string Pattern(decimal minimum, decimal maximum)
    {
        var digits = maximum.ToString(CultureInfo.InvariantCulture).Length - 1;
        if (minimum is not (0m or 0.01m) && minimum != -maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), "Amount bounds are 0, 0.01 or minus the maximum.");
        }

        if (maximum != Pow10(digits))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), "The largest amount is a power of ten.");
        }

        if (minimum < 0m)
        {
            // A signed amount (a change, a headroom): the same magnitudes, negative ones led by a minus sign; a zero is
            // written without one.
            var magnitude = Pattern(0.01m, maximum)[1..^1];
            return $"^(0(\\.00?)?|-?{magnitude})$";
        }

        // Below the maximum: any number of up to `digits` digits with up to two decimals; the maximum itself with zeros.
        var below = minimum == 0m
            ? $"(0|[1-9][0-9]{{0,{digits - 1}}})(\\.[0-9]{{1,2}})?"
            : $"0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{{0,{digits - 1}}}(\\.[0-9]{{1,2}})?";
        return $"^({below}|1{new string('0', digits)}(\\.00?)?)$";
    }

    private static decimal Pow10(int digits)
    {
        var value = 1m;
        for (var i = 0; i < digits; i++)
        {
            value *= 10;
        }

        return value;
    }
}
