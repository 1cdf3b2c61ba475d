using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Marten;

/// <summary>Dates in the views as <c>yyyy-MM-dd</c>, as in every DomainKit contract, so they sort and compare as text in SQL too.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty);
        return parsed.Success ? parsed.Value : throw new JsonException("Expected a date as yyyy-MM-dd.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
