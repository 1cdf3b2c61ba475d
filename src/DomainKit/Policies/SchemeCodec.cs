using DomainKit.Explanations;
using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>
/// Medical-assistance schemes in policy files:
/// <c>{ "stages": [ { "name", "deductible": { "kind", "amount" | "share" }, "bands": [ { "upTo", "ratio" } ], "annualCap" } ] }</c>.
/// </summary>
internal sealed class SchemeCodec : ValueCodec<MedicalAssistanceScheme>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out MedicalAssistanceScheme value)
    {
        value = null!;
        var before = reader.Errors.Count;
        if (!reader.ExpectObject(element, path, "stages"))
        {
            return false;
        }

        var stages = ImmutableArray.CreateBuilder<MedicalStage>();
        foreach (var (item, stagePath) in reader.Array(element, path, "stages", required: true, MedicalAssistanceScheme.MaxStages))
        {
            if (!reader.ExpectObject(item, stagePath, "name", "deductible", "bands", "annualCap"))
            {
                continue;
            }

            var name = reader.String(item, stagePath, "name", required: true);
            var deductible = ReadDeductible(reader, item, stagePath);
            var cap = reader.Money(item, stagePath, "annualCap", required: true);
            var bands = ImmutableArray.CreateBuilder<RatioBand>();
            foreach (var (band, bandPath) in reader.Array(item, stagePath, "bands", required: true, MedicalAssistanceScheme.MaxBands))
            {
                if (!reader.ExpectObject(band, bandPath, "upTo", "ratio"))
                {
                    continue;
                }

                var upTo = reader.Money(band, bandPath, "upTo", required: false);
                var ratio = reader.Decimal(band, bandPath, "ratio", required: true);
                if (ratio is { } r && !Rate.IsValidFraction(r))
                {
                    reader.Fail(StrictJsonReader.Child(bandPath, "ratio"), ErrorCodes.OutOfRange, "A ratio lies between 0 and 1.");
                    ratio = null;
                }

                if (ratio is { } valid)
                {
                    bands.Add(new RatioBand(upTo, Rate.FromFraction(valid)));
                }
            }

            if (name is not null && deductible is not null && cap is { } annualCap)
            {
                stages.Add(new MedicalStage(name, deductible, bands.ToImmutable(), annualCap));
            }
        }

        if (reader.Errors.Count > before)
        {
            return false;
        }

        return Adopt(MedicalAssistanceScheme.Create(stages.ToImmutable()), reader, path, out value);
    }

    public override void Write(Utf8JsonWriter writer, MedicalAssistanceScheme value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("stages");
        foreach (var stage in value.Stages)
        {
            writer.WriteStartObject();
            writer.WriteString("name", stage.Name);
            writer.WriteStartObject("deductible");
            writer.WriteString("kind", EnumTokens<DeductibleKind>.ToToken(stage.Deductible.Kind));
            if (stage.Deductible.Kind == DeductibleKind.Fixed)
            {
                writer.WriteNumber("amount", stage.Deductible.Amount.Yuan);
            }
            else if (stage.Deductible.Kind == DeductibleKind.ShareOfDisposableIncome)
            {
                writer.WriteNumber("share", stage.Deductible.Share.Value);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("bands");
            foreach (var band in stage.Bands)
            {
                writer.WriteStartObject();
                if (band.UpTo is { } upTo)
                {
                    writer.WriteNumber("upTo", upTo.Yuan);
                }

                writer.WriteNumber("ratio", band.Ratio.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("annualCap", stage.AnnualCap.Yuan);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override ValidationError? Check(MedicalAssistanceScheme value) =>
        Recheck(MedicalAssistanceScheme.Create(value.Stages));

    public override string Format(MedicalAssistanceScheme value) => value.ToString();

    // 基本医疗救助：不设起付线，救助比例 60%，年度封顶 10000.00元
    public override string FormatIn(MedicalAssistanceScheme value, Language language) =>
        language == Language.ChineseSimplified
            ? string.Join("；其后", value.Stages.Select(stage => StageInChinese(stage, language)))
            : Format(value);

    private static string StageInChinese(MedicalStage stage, Language language)
    {
        var name = Explanations.MessageCatalog.TryGet(language, Explanations.MessageKeys.MedicalStageTerm(stage.Name), out var term) ? term : stage.Name;
        var deductible = stage.Deductible.Kind switch
        {
            DeductibleKind.Fixed => "起付线 " + Explanations.ExplanationValue.FormatAmount(stage.Deductible.Amount, language),
            DeductibleKind.ShareOfDisposableIncome => "起付线为人均可支配收入的 " + stage.Deductible.Share,
            _ => "不设起付线",
        };
        var bands = string.Join("，", stage.Bands.Select(b => b.UpTo is { } upTo
            ? $"{Explanations.ExplanationValue.FormatAmount(upTo, language)}以内救助比例 {b.Ratio}"
            : $"救助比例 {b.Ratio}"));
        return $"{name}：{deductible}，{bands}，年度封顶 {Explanations.ExplanationValue.FormatAmount(stage.AnnualCap, language)}";
    }

    private static Deductible? ReadDeductible(StrictJsonReader reader, JsonElement stage, string stagePath)
    {
        if (!StrictJsonReader.TryGet(stage, "deductible", out var element))
        {
            reader.Fail(StrictJsonReader.Child(stagePath, "deductible"), ErrorCodes.Required, "This field is required.");
            return null;
        }

        var path = StrictJsonReader.Child(stagePath, "deductible");
        if (!reader.ExpectObject(element, path, "kind", "amount", "share"))
        {
            return null;
        }

        var kind = reader.Name(element, path, "kind", required: true, EnumTokens<DeductibleKind>.ByToken);

        // A figure the kind does not use would be dropped without a word, so a file stating one is refused instead.
        foreach (var unused in kind switch
        {
            DeductibleKind.None => ["amount", "share"],
            DeductibleKind.Fixed => ["share"],
            DeductibleKind.ShareOfDisposableIncome => ["amount"],
            _ => Array.Empty<string>(),
        })
        {
            if (StrictJsonReader.TryGet(element, unused, out _))
            {
                reader.Fail(StrictJsonReader.Child(path, unused), ErrorCodes.JsonUnknownProperty, $"A deductible of kind {EnumTokens<DeductibleKind>.ToToken(kind!.Value)} has no {unused}.");
                return null;
            }
        }

        switch (kind)
        {
            case DeductibleKind.None:
                return Deductible.None;
            case DeductibleKind.Fixed:
                var amount = reader.Money(element, path, "amount", required: true);
                if (amount is { IsNegative: true })
                {
                    reader.Fail(StrictJsonReader.Child(path, "amount"), ErrorCodes.AmountNegative, "A deductible is never negative.");
                    return null;
                }

                return amount is { } fixedAmount ? Deductible.Fixed(fixedAmount) : null;
            case DeductibleKind.ShareOfDisposableIncome:
                var share = reader.Decimal(element, path, "share", required: true);
                if (share is { } s && (s < 0m || s > 1m))
                {
                    reader.Fail(StrictJsonReader.Child(path, "share"), ErrorCodes.OutOfRange, "The share lies between 0 and 1.");
                    return null;
                }

                return share is { } validShare ? Deductible.ShareOfDisposableIncome(Rate.FromFraction(validShare)) : null;
            default:
                return null;
        }
    }
}
