using DomainKit.Explanations;
using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Temporary-assistance month tables in policy files: <c>{ "rows": [ { "category", "need", "moderate", "serious" } ] }</c>.</summary>
internal sealed class TemporaryMonthsCodec : ValueCodec<TemporaryMonths>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out TemporaryMonths value)
    {
        value = null!;
        var before = reader.Errors.Count;
        if (!reader.ExpectObject(element, path, "rows"))
        {
            return false;
        }

        var rows = ImmutableArray.CreateBuilder<TemporaryMonthsRow>();
        foreach (var (item, rowPath) in reader.Array(element, path, "rows", required: true, 64))
        {
            if (!reader.ExpectObject(item, rowPath, "category", "need", "moderate", "serious"))
            {
                continue;
            }

            var category = reader.Name(item, rowPath, "category", required: true, EnumTokens<TemporaryCategory>.ByToken);
            var need = reader.Name(item, rowPath, "need", required: true, EnumTokens<TemporaryNeed>.ByToken);
            var moderate = Months(reader, item, rowPath, "moderate");
            var serious = Months(reader, item, rowPath, "serious");
            if (category is { } c && need is { } n && moderate is { } m && serious is { } s)
            {
                rows.Add(new TemporaryMonthsRow(c, n, m, s));
            }
        }

        if (reader.Errors.Count > before)
        {
            return false;
        }

        return Adopt(TemporaryMonths.Create(rows.ToImmutable()), reader, path, out value);
    }

    public override void Write(Utf8JsonWriter writer, TemporaryMonths value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("rows");
        foreach (var row in value.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("category", EnumTokens<TemporaryCategory>.ToToken(row.Category));
            writer.WriteString("need", EnumTokens<TemporaryNeed>.ToToken(row.Need));
            writer.WriteNumber("moderate", row.Moderate.Value);
            writer.WriteNumber("serious", row.Serious.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override ValidationError? Check(TemporaryMonths value) =>
        Recheck(TemporaryMonths.Create(value.Rows));

    public override string Format(TemporaryMonths value) => value.ToString();

    // 低保对象·基本生活：一般 1 个月，严重 3 个月
    public override string FormatIn(TemporaryMonths value, Language language) =>
        language == Language.ChineseSimplified
            ? string.Join("；", value.Rows.Select(r => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{Term(language, Explanations.MessageKeys.TemporaryCategoryTerm(r.Category))}·{Term(language, Explanations.MessageKeys.NeedTerm(r.Need))}：{Term(language, Explanations.MessageKeys.SeverityTerm(HardshipSeverity.Moderate))} {r.Moderate.Value} 个月，{Term(language, Explanations.MessageKeys.SeverityTerm(HardshipSeverity.Serious))} {r.Serious.Value} 个月")))
            : Format(value);

    private static Rate? Months(StrictJsonReader reader, JsonElement item, string rowPath, string name)
    {
        var months = reader.Decimal(item, rowPath, name, required: true);
        if (months is { } m && (m < 0m || m > 120m))
        {
            reader.Fail(StrictJsonReader.Child(rowPath, name), ErrorCodes.OutOfRange, "Months lie between 0 and 120.");
            return null;
        }

        return months is { } valid ? Rate.FromFraction(valid) : null;
    }
}
