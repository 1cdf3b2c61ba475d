using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Serialization;

/// <summary>Shared pieces of the library's JSON output: writer settings and the explanation tree.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Explanations carry Chinese text; readable output beats \u escapes, and nothing here is embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A list of enum values as their contract tokens.</summary>
    public static void WriteTokens<T>(Utf8JsonWriter writer, string propertyName, IEnumerable<T> values)
        where T : struct, Enum
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values)
        {
            writer.WriteStringValue(EnumTokens<T>.ToToken(value));
        }

        writer.WriteEndArray();
    }

    /// <summary>The rule IDs an explanation cites, then its steps: the tail every decision document shares.</summary>
    public static void WriteCitedRulesAndExplanation(Utf8JsonWriter writer, Explanation explanation, Language language)
    {
        writer.WriteStartArray("citedRules");
        foreach (var rule in explanation.CitedRuleIds)
        {
            writer.WriteStringValue(rule);
        }

        writer.WriteEndArray();
        WriteExplanation(writer, "explanation", explanation, language);
    }

    public static void WriteExplanation(Utf8JsonWriter writer, string propertyName, Explanation explanation, Language language)
    {
        writer.WriteStartArray(propertyName);
        foreach (var step in explanation.Steps)
        {
            WriteStep(writer, step, language);
        }

        writer.WriteEndArray();
    }

    private static void WriteStep(Utf8JsonWriter writer, ExplanationStep step, Language language)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", step.RuleId);
        writer.WriteString("outcome", EnumTokens<StepOutcome>.ToToken(step.Outcome));
        writer.WriteString("messageKey", step.MessageKey);
        writer.WriteString("reason", step.Reason(language));
        writer.WriteStartArray("parameters");
        foreach (var parameter in step.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("id", parameter.Parameter.Id);
            writer.WriteString("rule", parameter.Parameter.RuleId);
            writer.WriteString("value", parameter.Value);
            writer.WriteString("unit", parameter.Parameter.UnitToken);
            writer.WriteString("effectiveFrom", Dates.Format(parameter.EffectiveFrom));
            writer.WriteString("source", SourceKinds.ToToken(parameter.Provenance.Kind));
            writer.WriteString("citation", parameter.Provenance.CitationIn(language));
            if (parameter.Provenance.Layer is { } layer)
            {
                writer.WriteString("layer", layer.Id);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("inputs");
        foreach (var input in step.Inputs)
        {
            writer.WriteStartObject();
            writer.WriteString("path", input.Path);
            writer.WriteString("value", input.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var child in step.Children)
        {
            WriteStep(writer, child, language);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
