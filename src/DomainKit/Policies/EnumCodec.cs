using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Parameters whose values are names from a closed list, written as camelCase strings in policy files.</summary>
/// <typeparam name="T">The enum type.</typeparam>
/// <param name="termKey">The catalogue key of each value's term, for text in Chinese.</param>
internal sealed class EnumCodec<T>(Func<T, string> termKey) : ValueCodec<T>
    where T : struct, Enum
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out T value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.String || !EnumTokens<T>.ByToken.TryGetValue(element.GetString()!, out value))
        {
            reader.Fail(path, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<T>.ByToken.Keys)}.");
            return false;
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(EnumTokens<T>.ToToken(value));

    public override ValidationError? Check(T value) =>
        Enum.IsDefined(value) ? null : Errors.At(string.Empty, ErrorCodes.UnknownName, "The value is not defined.");

    public override string Format(T value) => EnumTokens<T>.ToToken(value);

    public override string FormatIn(T value, Language language) =>
        language == Language.ChineseSimplified ? Term(language, termKey(value)) : Format(value);
}
