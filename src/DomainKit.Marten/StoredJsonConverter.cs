using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Marten;

/// <summary>Writes a stored row's own JSON in place of a wrapper object, and reads it back as it is.</summary>
/// <typeparam name="T">The stored type.</typeparam>
internal sealed class StoredJsonConverter<T> : JsonConverter<T>
    where T : class, IStoredJson<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return T.FromJson(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteRawValue(value.Json);
}
