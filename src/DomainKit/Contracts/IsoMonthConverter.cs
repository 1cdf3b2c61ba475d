using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace DomainKit.Contracts;

/// <summary>A month as ISO <c>yyyy-MM</c>, by NodaTime's own converter, named here so the source-generated context can use it.</summary>
internal sealed class IsoMonthConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaConverters.YearMonthConverter.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        NodaConverters.YearMonthConverter.Write(writer, value, options);
}
