using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Contracts;

/// <summary>An instant as ISO 8601 in UTC (<c>2026-03-02T01:00:00Z</c>), named here so the source-generated context can use it.</summary>
/// <remarks>
/// Written against NodaTime's pattern directly rather than through NodaTime.Serialization's converters, which look up
/// converters by type at run time and so cannot be compiled ahead of time.
/// </remarks>
internal sealed class UtcInstantConverter : JsonConverter<Instant>
{
    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractText.Parse(ref reader, Pattern, "an instant");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}
