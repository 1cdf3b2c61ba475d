using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Contracts;

/// <summary>A date as ISO <c>yyyy-MM-dd</c>, named here so the source-generated context can use it.</summary>
/// <remarks>
/// Written against NodaTime's pattern directly rather than through NodaTime.Serialization's converters, which look up
/// converters by type at run time and so cannot be compiled ahead of time.
/// </remarks>
internal sealed class IsoDateConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractText.Parse(ref reader, Pattern, "a date");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}
