using System.Globalization;
using System.Reflection;
using System.Text;
using Ardalis.Result;
using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>Writes results, errors and explanations as plain lines for an approved file.</summary>
internal sealed class OutputWriter
{
    private readonly StringBuilder text = new();

    public void Case(string name) => text.Append("\n## ").Append(name).Append('\n');

    public void Line(string line) => text.Append(line).Append('\n');

    public void Value(string name, object? value) => Line($"{name}: {Format(value)}");

    /// <summary>Writes an Invalid result's errors, each path, code and message; false when there were any.</summary>
    public bool Errors<T>(Result<T> result)
    {
        if (result.IsSuccess)
        {
            return true;
        }

        Line($"status: {result.Status}");
        // A list over its limit may hold hundreds of duplicates; the first few show the rule, the count the rest.
        Line($"errors: {result.ValidationErrors.Count()}");
        foreach (var error in result.ValidationErrors.Take(12))
        {
            Line($"  error {error.Identifier} | {error.ErrorCode} | {error.ErrorMessage}");
        }

        foreach (var error in result.Errors)
        {
            Line($"  error {error}");
        }

        return false;
    }

    /// <summary>A value's public properties, one line, its explanation left for <see cref="Explanation"/>.</summary>
    public void Properties(string name, object value) => Line($"{name}: {Record(value)}");

    public void Explanation(Explanation explanation, bool chinese = false)
    {
        foreach (var step in explanation.Steps)
        {
            Step(step, 1, chinese);
        }
    }

    public void Step(ExplanationStep step) => Step(step, 1, chinese: false);

    public override string ToString() => text.ToString();

    /// <summary>JSON on one line, with Chinese text left as it is, so a document is one line of the approved file.</summary>
    public static string Compact(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private void Step(ExplanationStep step, int depth, bool chinese)
    {
        var indent = new string(' ', depth * 2);
        Line($"{indent}[{step.RuleId}] {step.Outcome} {step.MessageKey}");
        if (!step.Arguments.IsEmpty)
        {
            Line($"{indent}  args: {string.Join("; ", step.Arguments.Select(a => a.ToString()))}");
        }

        if (!step.Parameters.IsEmpty)
        {
            Line($"{indent}  parameters: {string.Join("; ", step.Parameters.Select(p => $"{p.Parameter.Id} = {p.Value} from {p.EffectiveFrom:uuuu-MM-dd}"))}");
        }

        foreach (var input in step.Inputs)
        {
            Line($"{indent}  input: {input.Path} = {input.Value}");
        }

        Line($"{indent}  en: {step.Reason(Language.English)}");
        if (chinese)
        {
            Line($"{indent}  zh: {step.Reason(Language.ChineseSimplified)}");
        }

        foreach (var child in step.Children)
        {
            Step(child, depth + 1, chinese);
        }
    }

    /// <summary>A value as the approved files write it: invariant, with collections listed and records spelled out.</summary>
    public static string Format(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        bool b => b ? "true" : "false",
        LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),

        // Dictionaries are written in key order, so the text does not depend on how a dictionary stores its entries.
        System.Collections.IDictionary dictionary => "{" + string.Join(", ", dictionary.Keys.Cast<object>().Select(k => $"{Format(k)}: {Format(dictionary[k])}").Order(StringComparer.Ordinal)) + "}",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => Record(value),
    };

    // A record's own ToString formats its dates in the current culture; this one is the same everywhere.
    private static string Record(object value)
    {
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(Explanation) && !p.Name.StartsWith("Policy", StringComparison.Ordinal) && p.Name != "Date")
            .Select(p => $"{p.Name} = {Format(p.GetValue(value))}");
        return $"{value.GetType().Name} {{ {string.Join(", ", properties)} }}";
    }
}
