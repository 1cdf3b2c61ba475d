using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Sets of months in policy files: an array of whole numbers from 1 to 12, such as <c>[3, 9]</c>.</summary>
internal sealed class MonthSetCodec : ValueCodec<MonthSet>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out MonthSet value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Array)
        {
            reader.Fail(path, ErrorCodes.JsonWrongType, "Expected an array of months from 1 to 12.");
            return false;
        }

        var months = new List<int>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var month) || month is < 1 or > 12)
            {
                reader.Fail($"{path}[{index}]", ErrorCodes.OutOfRange, "A month is a whole number from 1 to 12.");
                return false;
            }

            months.Add(month);
            index++;
        }

        value = MonthSet.Of([.. months]);
        return true;
    }

    public override void Write(Utf8JsonWriter writer, MonthSet value)
    {
        writer.WriteStartArray();
        foreach (var month in value.Months)
        {
            writer.WriteNumberValue(month);
        }

        writer.WriteEndArray();
    }

    public override ValidationError? Check(MonthSet value) => null;

    public override string Format(MonthSet value) => value.ToString();

    public override string FormatIn(MonthSet value, Language language) =>
        language == Language.ChineseSimplified
            ? JoinIn(language, value.Months.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture) + "月"))
            : Format(value);
}
