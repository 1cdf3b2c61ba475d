using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Parameters whose values are single JSON numbers: amounts, rates and whole numbers.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class DecimalCodec<T> : ValueCodec<T>
    where T : struct, IEquatable<T>
{
    public abstract bool TryFromDecimal(decimal raw, out T value, out ValidationError? error);

    public abstract decimal ToDecimal(T value);

    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out T value)
    {
        value = default;
        if (reader.Decimal(element, path) is not { } raw)
        {
            return false;
        }

        if (!TryFromDecimal(raw, out value, out var error))
        {
            reader.Errors.Add(Errors.WithPath(error!, path));
            return false;
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, T value) => writer.WriteNumberValue(ToDecimal(value));

    public override ValidationError? Check(T value) =>
        TryFromDecimal(ToDecimal(value), out _, out var error) ? null : error;
}
