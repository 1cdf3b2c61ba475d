using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace DomainKit.Contracts;

/// <summary>An instant as ISO 8601 in UTC (<c>2026-03-02T01:00:00Z</c>), by NodaTime's own converter, named here so the source-generated context can use it.</summary>
internal sealed class UtcInstantConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaConverters.InstantConverter.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        NodaConverters.InstantConverter.Write(writer, value, options);
}
