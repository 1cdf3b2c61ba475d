using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Education standards in policy files: an object of stage names to annual amounts, such as <c>{ "primary": 1000.00 }</c>.</summary>
internal sealed class EducationStandardsCodec : ValueCodec<EducationStandards>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out EducationStandards value)
    {
        value = null!;
        var before = reader.Errors.Count;
        if (!reader.ExpectMap(element, path))
        {
            return false;
        }

        var amounts = new List<KeyValuePair<SchoolStage, Money>>();
        foreach (var property in element.EnumerateObject())
        {
            var stagePath = StrictJsonReader.Child(path, property.Name);
            if (!EnumTokens<SchoolStage>.ByToken.TryGetValue(property.Name, out var stage) || stage == SchoolStage.None)
            {
                reader.Fail(stagePath, ErrorCodes.UnknownName, "A stage is primary, juniorSecondary, seniorSecondary, vocational, tertiary or homeTaught.");
                continue;
            }

            if (reader.Decimal(property.Value, stagePath) is { } yuan)
            {
                if (!Money.TryFromYuan(yuan, out var amount))
                {
                    reader.Fail(stagePath, ErrorCodes.MoneyNotExact, "The amount must be in yuan with at most two decimal places.");
                    continue;
                }

                amounts.Add(KeyValuePair.Create(stage, amount));
            }
        }

        if (reader.Errors.Count > before)
        {
            return false;
        }

        return Adopt(EducationStandards.Create(amounts), reader, path, out value);
    }

    public override void Write(Utf8JsonWriter writer, EducationStandards value)
    {
        writer.WriteStartObject();
        foreach (var (stage, amount) in value.Amounts)
        {
            writer.WriteNumber(EnumTokens<SchoolStage>.ToToken(stage), amount.Yuan);
        }

        writer.WriteEndObject();
    }

    public override ValidationError? Check(EducationStandards value) =>
        Recheck(EducationStandards.Create(value.Amounts));

    public override string Format(EducationStandards value) => value.ToString();

    public override string FormatIn(EducationStandards value, Language language) =>
        language == Language.ChineseSimplified
            ? JoinIn(language, value.Amounts.Select(a => Term(language, Explanations.MessageKeys.SchoolStageTerm(a.Key)) + " " + Explanations.ExplanationValue.FormatAmount(a.Value, language)))
            : Format(value);
}
