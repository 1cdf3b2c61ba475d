using System.Text.Json;
using DomainKit.Serialization;

namespace DomainKit.Policies;

/// <summary>Parameters whose values are single JSON numbers: amounts, rates and whole numbers.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class DecimalCodec<T> : ValueCodec<T>
    where T : struct, IEquatable<T>
{
    public abstract bool TryFromDecimal(decimal raw, out T value, out string errorCode, out string errorMessage);

    public abstract decimal ToDecimal(T value);

    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out T value)
    {
        value = default;
        if (reader.Decimal(element, path) is not { } raw)
        {
            return false;
        }

        if (!TryFromDecimal(raw, out value, out var code, out var message))
        {
            reader.Fail(path, code, message);
            return false;
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, T value) => writer.WriteNumberValue(ToDecimal(value));

    public override bool Check(T value, out string errorCode, out string errorMessage) =>
        TryFromDecimal(ToDecimal(value), out _, out errorCode, out errorMessage);
}
