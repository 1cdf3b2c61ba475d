using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Reads and writes a set of enum values as a JSON array of their names.</summary>
/// <param name="termKey">The catalogue key of each value's term, for text in Chinese.</param>
internal sealed class EnumSetCodec<T>(Func<T, string> termKey) : ValueCodec<EnumSet<T>>
    where T : struct, Enum
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out EnumSet<T> value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Array)
        {
            reader.Fail(path, ErrorCodes.JsonWrongType, "Expected an array of names.");
            return false;
        }

        var values = new List<T>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !EnumTokens<T>.ByToken.TryGetValue(item.GetString()!, out var named))
            {
                reader.Fail($"{path}[{index}]", ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<T>.ByToken.Keys)}.");
                return false;
            }

            values.Add(named);
            index++;
        }

        value = EnumSets.Of<T>([.. values]);
        return true;
    }

    public override void Write(Utf8JsonWriter writer, EnumSet<T> value)
    {
        writer.WriteStartArray();
        foreach (var item in value.Values)
        {
            writer.WriteStringValue(EnumTokens<T>.ToToken(item));
        }

        writer.WriteEndArray();
    }

    public override ValidationError? Check(EnumSet<T> value) => null;

    public override string Format(EnumSet<T> value) => string.Join(", ", value.Values.Select(EnumTokens<T>.ToToken));

    public override string FormatIn(EnumSet<T> value, Language language) =>
        language == Language.ChineseSimplified ? JoinIn(language, value.Values.Select(v => Term(language, termKey(v)))) : Format(value);
}
