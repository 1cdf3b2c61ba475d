using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Cli.Scenarios;

/// <summary>Runs scenarios and compares what came out with what they expect, exactly.</summary>
internal static class ScenarioRunner
{
    public static ScenarioReport Run(Scenario scenario, CliText text)
    {
        var failures = new List<string>();
        var policy = LoadPolicy(scenario);
        if (!policy.IsSuccess)
        {
            return new ScenarioReport(scenario, [.. policy.ValidationErrors.Select(e => text.Say($"policy: {Describe(text, e)}"))], null);
        }

        var actual = ScenarioRules.Run(scenario.Rule, scenario.InputJson, policy.Value, scenario.Date);
        var expect = scenario.Expect;

        // An input the contract's reader cannot take (a wrong type, an unknown property, a misspelt name) is a mistake in
        // the file, not a rule's answer: it is reported where it is written, and the file counts as invalid, unless the
        // scenario expects exactly that error, or any (invalid: true).
        var inputErrors = actual.Errors
            .Where(e => !expect.Invalid
                && (e.ErrorCode.StartsWith("json.", StringComparison.Ordinal) || e.ErrorCode == Validation.ErrorCodes.UnknownName)
                && !expect.Errors.Contains((e.Identifier, e.ErrorCode)))
            .Select(e => text.Say($"{scenario.File}:{scenario.LineOf(e.Identifier)}: {Describe(text, e)}") + Suggestion(text, scenario, e))
            .ToImmutableArray();
        if (!inputErrors.IsEmpty)
        {
            return new ScenarioReport(scenario, [], null) { InputErrors = inputErrors };
        }

        if (!actual.Errors.IsEmpty && expect.Errors.IsEmpty && !expect.Invalid)
        {
            failures.Add(text.Say($"expected a decision, got validation errors: {string.Join("; ", actual.Errors.Select(e => Describe(text, e)))}"));
        }

        if (expect.Invalid && actual.Errors.IsEmpty)
        {
            failures.Add(text.Say($"expected validation errors, got a decision: {actual.Outcome ?? string.Empty}"));
        }

        foreach (var (path, code) in expect.Errors)
        {
            if (!actual.Errors.Any(e => e.Identifier == path && e.ErrorCode == code))
            {
                failures.Add(actual.Errors.IsEmpty
                    ? text.Say($"expected the error {code} at '{path}', got no error")
                    : text.Say($"expected the error {code} at '{path}', got: {string.Join("; ", actual.Errors.Select(e => Describe(text, e)))}"));
            }
        }

        if (expect.Outcome is { } outcome && outcome != actual.Outcome)
        {
            failures.Add(actual.Outcome is null
                ? text.Say($"outcome: expected {outcome}, got no decision")
                : text.Say($"outcome: expected {outcome}, got {actual.Outcome}"));
        }

        foreach (var (name, yuan) in expect.Amounts)
        {
            var got = actual.Amounts.TryGetValue(name, out var amount) ? amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture) : null;
            if (got is null)
            {
                failures.Add(text.Say($"amount '{name}': the rule gives no such amount; it gives: {string.Join(", ", actual.Amounts.Keys.Order(StringComparer.Ordinal))}"));
            }
            else if (amount.Yuan != yuan)
            {
                failures.Add(text.Say($"amount '{name}': expected {yuan.ToString("0.00", CultureInfo.InvariantCulture)}, got {got}"));
            }
        }

        foreach (var (name, value) in expect.Values)
        {
            if (!actual.Values.TryGetValue(name, out var got))
            {
                failures.Add(text.Say($"value '{name}': the rule gives no such value; it gives: {string.Join(", ", actual.Values.Keys.Order(StringComparer.Ordinal))}"));
            }
            else if (got != value)
            {
                failures.Add(text.Say($"value '{name}': expected {value}, got {got}"));
            }
        }

        var cited = actual.Explanation?.CitedRuleIds.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var rule in expect.Cites.Where(r => !cited.Contains(r)))
        {
            failures.Add(text.Say($"the explanation does not cite {rule}; it cites: {string.Join(", ", cited.Order(StringComparer.Ordinal))}"));
        }

        failures.AddRange(CheckListOutcome(text, expect, actual));
        failures.AddRange(CheckMessages(text, expect, actual));
        failures.AddRange(CheckSteps(text, expect, actual));

        return new ScenarioReport(scenario, [.. failures], actual.Explanation?.Render(text.Language));
    }

    // A misspelt token in the input ("temprary"): the reader lists the names it allows and never echoes the one given,
    // but the scenario's own file holds it, so the runner can say which allowed name is close.
    private static string Suggestion(CliText text, Scenario scenario, ValidationError error)
    {
        if (error.ErrorCode != Validation.ErrorCodes.UnknownName
            || error is not Validation.LocalizedValidationError { Arguments: [var names] } localized
            || !localized.Template.Contains("xpected one of", StringComparison.Ordinal)
            || ValueAt(scenario.InputJson, error.Identifier) is not { } given)
        {
            return string.Empty;
        }

        return NameSuggestion.Closest(given, names.Split(", ")) is { } name ? NameSuggestion.Separator(text) + text.Say($"Did you mean '{name}'?") : string.Empty;
    }

    // The string at a field path (members[0].relation) of the scenario's input, or null.
    private static string? ValueAt(string json, string path)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            var element = document.RootElement;
            foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith('[') && int.TryParse(part[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    if (element.ValueKind != System.Text.Json.JsonValueKind.Array || index >= element.GetArrayLength())
                    {
                        return null;
                    }

                    element = element[index];
                }
                else if (element.ValueKind != System.Text.Json.JsonValueKind.Object || !element.TryGetProperty(part, out element))
                {
                    return null;
                }
            }

            return element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    // A list outcome ("dibao, medicalAssistance") holds each item of includes and none of excludes.
    private static IEnumerable<string> CheckListOutcome(CliText text, ScenarioExpectation expect, ScenarioActual actual)
    {
        if (expect.Includes.IsEmpty && expect.Excludes.IsEmpty)
        {
            yield break;
        }

        var items = (actual.Outcome ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var item in expect.Includes.Where(i => !items.Contains(i)))
        {
            yield return text.Say($"outcome: expected it to include {item}, got {actual.Outcome ?? string.Empty}");
        }

        foreach (var item in expect.Excludes.Where(items.Contains))
        {
            yield return text.Say($"outcome: expected it to exclude {item}, got {actual.Outcome ?? string.Empty}");
        }
    }

    // Each text must be in the errors or the explanation as rendered in its language.
    private static IEnumerable<string> CheckMessages(CliText text, ScenarioExpectation expect, ScenarioActual actual)
    {
        foreach (var (language, message) in expect.Messages)
        {
            var rendered = string.Join("\n", actual.Errors.Select(e => Validation.ValidationMessages.Render(e, language)))
                + "\n" + (actual.Explanation?.Render(language) ?? string.Empty);
            if (!rendered.Contains(message, StringComparison.Ordinal))
            {
                yield return text.Say($"message ({Languages.ToTag(language)}): expected the errors or the explanation to contain \"{message}\"");
            }
        }
    }

    private static IEnumerable<string> CheckSteps(CliText text, ScenarioExpectation expect, ScenarioActual actual)
    {
        var steps = actual.Explanation?.AllSteps.ToList() ?? [];
        foreach (var step in expect.Steps)
        {
            var found = steps.Any(s => s.RuleId == step.Rule
                && (step.Outcome is not { } outcome || s.Outcome == outcome)
                && (step.Text is not { } wanted || s.Reason(Language.English).Contains(wanted, StringComparison.Ordinal) || s.Reason(Language.ChineseSimplified).Contains(wanted, StringComparison.Ordinal)));
            if (!found)
            {
                var outcome = step.Outcome is { } o ? " " + Serialization.EnumTokens<StepOutcome>.ToToken(o) : string.Empty;
                var wanted = step.Text is { } t ? $" \"{t}\"" : string.Empty;
                yield return text.Say($"step: expected a step {step.Rule}{outcome}{wanted}; the explanation's steps are: {string.Join(", ", steps.Select(s => s.RuleId + " " + Serialization.EnumTokens<StepOutcome>.ToToken(s.Outcome)).Distinct(StringComparer.Ordinal))}");
            }
        }
    }

    private static Result<PolicySet> LoadPolicy(Scenario scenario)
    {
        var reference = PolicySets.BundledIds.Contains(scenario.Policy)
            ? scenario.Policy
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenario.File)) ?? ".", scenario.Policy);
        var policy = InputFiles.LoadPolicy(reference, "policy");
        foreach (var (id, json, from, line) in scenario.Overrides)
        {
            if (!policy.IsSuccess)
            {
                break;
            }

            // A reform inside a test: the value applies from its own date, or else from the scenario's; earlier values stay.
            var changed = policy.Value.With(id, json, from ?? scenario.Date);
            policy = changed.IsSuccess
                ? changed
                : Result<PolicySet>.Invalid(changed.ValidationErrors.Select(e => DomainKit.Validation.Errors.WithPath(e, $"{scenario.File}:{line}: {e.Identifier}")));
        }

        return policy;
    }

    private static string Describe(CliText text, ValidationError error) =>
        (error.Identifier.Length > 0 ? error.Identifier + ": " : string.Empty) + $"{error.ErrorCode} {text.Say(error)}";
}
