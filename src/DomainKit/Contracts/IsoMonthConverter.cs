using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Contracts;

/// <summary>A month as ISO <c>yyyy-MM</c>, named here so the source-generated context can use it.</summary>
/// <remarks>
/// Written against NodaTime's pattern directly rather than through NodaTime.Serialization's converters, which look up
/// converters by type at run time and so cannot be compiled ahead of time.
/// </remarks>
internal sealed class IsoMonthConverter : JsonConverter<YearMonth>
{
    private static readonly YearMonthPattern Pattern = YearMonthPattern.Iso;

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractText.Parse(ref reader, Pattern, "a month");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}
