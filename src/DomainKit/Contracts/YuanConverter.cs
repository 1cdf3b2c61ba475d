using System.Text.Json;
using System.Text.Json.Serialization;
using DomainKit.Serialization;

namespace DomainKit.Contracts;

/// <summary>
/// An amount in yuan as the version-2 contracts write it: a decimal string with at most two decimals ("1350.00"),
/// read exactly and written with two decimals. A number, or a string that is not an amount, is a <see cref="JsonException"/>.
/// </summary>
internal sealed class YuanConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !AmountText.TryRead(ref reader, out var amount))
        {
            // The value is not repeated: it may be anything typed into the wrong field.
            throw new JsonException($"Expected {AmountText.Expected}.");
        }

        return amount.Yuan;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        if (!Money.TryFromYuan(value, out var amount))
        {
            // Written as it is, so that a reader refuses it at its own path rather than the writer failing without one.
            writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        AmountText.WriteValue(writer, amount);
    }
}
