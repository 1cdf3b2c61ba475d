using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Cadres;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Reads and writes an indicator set: <c>{"grossOutput": {"weight": 0.4, "higherIsBetter": true, "basis": "developmentMonitoring"}}</c>; the basis is optional.</summary>
internal sealed class IndicatorSetCodec : ValueCodec<IndicatorSet>
{
    public override bool TryRead(StrictJsonReader reader, JsonElement element, string path, out IndicatorSet value)
    {
        value = null!;
        var before = reader.Errors.Count;
        if (!reader.ExpectMap(element, path))
        {
            return false;
        }

        var indicators = new List<IndicatorDefinition>();
        foreach (var property in element.EnumerateObject())
        {
            var itemPath = StrictJsonReader.Child(path, property.Name);
            if (!reader.ExpectObject(property.Value, itemPath, "weight", "higherIsBetter", "basis"))
            {
                continue;
            }

            var weight = reader.Decimal(property.Value, itemPath, "weight", true);
            var higher = reader.Boolean(property.Value, itemPath, "higherIsBetter", true);
            var basis = reader.Name(property.Value, itemPath, "basis", false, EnumTokens<AssessmentBasis>.ByToken);
            if (weight is { } w && higher is { } h)
            {
                if (!Rate.IsValidFraction(w))
                {
                    reader.Fail(StrictJsonReader.Child(itemPath, "weight"), ErrorCodes.OutOfRange, "A weight is a fraction from 0 to 1.");
                    continue;
                }

                indicators.Add(new IndicatorDefinition(property.Name, Rate.FromFraction(w), h) { Basis = basis });
            }
        }

        return reader.Errors.Count == before && Adopt(IndicatorSet.Create(indicators), reader, path, out value);
    }

    public override void Write(Utf8JsonWriter writer, IndicatorSet value)
    {
        writer.WriteStartObject();
        foreach (var indicator in value.Indicators)
        {
            writer.WriteStartObject(indicator.Id);
            writer.WriteNumber("weight", indicator.Weight.Value);
            writer.WriteBoolean("higherIsBetter", indicator.HigherIsBetter);
            if (indicator.Basis is { } basis)
            {
                writer.WriteString("basis", EnumTokens<AssessmentBasis>.ToToken(basis));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public override ValidationError? Check(IndicatorSet value) =>
        Recheck(IndicatorSet.Create(value.Indicators));

    public override string Format(IndicatorSet value) => value.ToString();

    // The indicator IDs are the integrator's own identifiers and stay as written; the weight and basis read in Chinese.
    public override string FormatIn(IndicatorSet value, Language language) =>
        language == Language.ChineseSimplified
            ? JoinIn(language, value.Indicators.Select(i => $"{i.Id}（权重 {i.Weight}{(i.Basis is { } basis ? "，" + Term(language, Explanations.MessageKeys.AssessmentBasisTerm(basis)) : string.Empty)}）"))
            : Format(value);
}
