using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;
using NodaTime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// Reads a scenario file strictly: an unknown key, a misspelled rule or parameter ID, a wrong type or a missing
/// field is a problem that names the file, the line and the key, never silently ignored.
/// </summary>
/// <remarks>
/// A file holds <c>scenarios:</c>, a list; each scenario has <c>name</c>, optional <c>description</c>, <c>rule</c>,
/// <c>policy</c> (a bundled preset ID or a policy file relative to the scenario file), <c>date</c>, optional
/// <c>set</c> (parameter ID to value, from the scenario's date), <c>input</c> and <c>expect</c> (<c>outcome</c>,
/// <c>amounts</c> in yuan, <c>values</c>, <c>cites</c>, <c>errors</c> with <c>path</c> and <c>code</c>).
/// </remarks>
internal sealed class ScenarioFile
{
    private static readonly string[] ScenarioKeys = ["name", "description", "rule", "policy", "date", "set", "input", "expect"];
    private static readonly string[] ExpectKeys = ["outcome", "amounts", "values", "cites", "errors", "invalid", "messages", "steps", "includes", "excludes"];
    private static readonly string[] PolicyKeys = ["basedOn", "set"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string file;
    private readonly CliText text;
    private readonly List<string> problems = [];

    private ScenarioFile(string file, CliText text)
    {
        this.file = file;
        this.text = text;
    }

    /// <summary>Reads a file's scenarios, or the problems that stop it being read.</summary>
    public static (ImmutableArray<Scenario> Scenarios, ImmutableArray<string> Problems) Load(string path, CliText text)
    {
        var bytes = InputFiles.Read(path, path);
        return bytes.IsSuccess ? Parse(path, bytes.Value, text) : ([], [.. bytes.ValidationErrors.Select(e => $"{path}: {text.Say(e)}")]);
    }

    /// <summary>Reads scenarios from a file's bytes, named <paramref name="path"/> in messages.</summary>
    public static (ImmutableArray<Scenario> Scenarios, ImmutableArray<string> Problems) Parse(string path, byte[] bytes, CliText text)
    {
        var reader = new ScenarioFile(path, text);
        string yaml;
        try
        {
            yaml = StrictUtf8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
        }
        catch (DecoderFallbackException)
        {
            return ([], [text.Say($"{path}: the file holds bytes that are not UTF-8. [text.invalidUtf8]")]);
        }

        var stream = new YamlStream();
        try
        {
            if (YamlBounds.Check(yaml, text) is { } problem)
            {
                return ([], [$"{path}:{problem.Line}: {problem.Problem}"]);
            }

            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            return ([], [text.Say($"{path}:{exception.Start.Line}:{exception.Start.Column}: not valid YAML: {exception.Message}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections
            // ("- { relation: 1e400" at the end of a line); it is still a malformed file, not a crash of the tool.
            return ([], [text.Say($"{path}: not valid YAML: a flow mapping or sequence is not closed.")]);
        }
        catch (ArgumentException)
        {
            // Found by fuzzing: YamlDotNet throws these, without a position, on a malformed tag (an empty one, or a
            // global tag that is not a URI), an escape naming a surrogate or no character, and a directive in the
            // wrong place. Each is a malformed file, reported as one.
            return ([], [text.Say($"{path}: not valid YAML: a tag, an escape or a directive the parser cannot read.")]);
        }

        // A scenario with a problem is reported and left out; the others in the file still run.
        var scenarios = reader.Read(stream);
        return (scenarios, [.. reader.problems]);
    }

    private ImmutableArray<Scenario> Read(YamlStream stream)
    {
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(text.Say($"{file}:1: a scenario file is one YAML document with the key 'scenarios'."));
            return [];
        }

        Keys(root, text.Say($"the file"), ["scenarios"]);
        if (Child(root, "scenarios") is not YamlSequenceNode list)
        {
            problems.Add(text.Say($"{file}:{Line(root)}: 'scenarios' is required and is a list."));
            return [];
        }

        var scenarios = ImmutableArray.CreateBuilder<Scenario>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                problems.Add(text.Say($"{file}:{Line(node)}: each scenario is a mapping."));
                continue;
            }

            if (ReadScenario(mapping) is { } scenario)
            {
                if (!names.Add(scenario.Name))
                {
                    problems.Add(text.Say($"{file}:{scenario.Line}: the name '{scenario.Name}' is used twice."));
                    continue;
                }

                scenarios.Add(scenario);
            }
        }

        return scenarios.ToImmutable();
    }

    private Scenario? ReadScenario(YamlMappingNode node)
    {
        var before = problems.Count;
        Keys(node, text.Say($"a scenario"), ScenarioKeys);
        var name = Text(node, "name", required: true);
        var where = name is null ? text.Say($"a scenario") : text.Say($"scenario '{name}'");
        var description = Text(node, "description", required: false);
        var ruleText = Text(node, "rule", required: true);
        ScenarioRule rule = default;
        if (ruleText is not null && !EnumTokens<ScenarioRule>.ByToken.TryGetValue(ruleText, out rule))
        {
            problems.Add(text.Say($"{file}:{Line(Child(node, "rule")!)}: {where}: unknown rule '{ruleText}'; expected one of: {string.Join(", ", EnumTokens<ScenarioRule>.ByToken.Keys)}.") + Suggestion(ruleText, EnumTokens<ScenarioRule>.ByToken.Keys));
        }

        var overrides = ImmutableArray.CreateBuilder<ScenarioOverride>();
        string? policy;
        if (Child(node, "policy") is YamlMappingNode inline)
        {
            // An inline layer: a base and the values it changes, as a layer file would give them.
            Keys(inline, text.Say($"{where}'s policy"), PolicyKeys);
            policy = Text(inline, "basedOn", required: true);
            if (Child(inline, "set") is { } inlineSet)
            {
                ReadSet(inlineSet, where, overrides);
            }
        }
        else
        {
            policy = Text(node, "policy", required: true);
        }

        var dateText = Text(node, "date", required: true);
        LocalDate date = default;
        if (dateText is not null && !Dates.TryParse(dateText, out date))
        {
            problems.Add(text.Say($"{file}:{Line(Child(node, "date")!)}: {where}: 'date' must be a date written yyyy-MM-dd."));
        }

        if (Child(node, "set") is { } set)
        {
            ReadSet(set, where, overrides);
        }

        if (Child(node, "input") is not { } input)
        {
            problems.Add(text.Say($"{file}:{Line(node)}: {where}: 'input' is required."));
            input = new YamlMappingNode();
        }

        var expect = ReadExpect(node, where);
        var inputLines = new Dictionary<string, int>(StringComparer.Ordinal);
        return problems.Count > before || name is null || policy is null || expect is null
            ? null
            : new Scenario(file, Line(node), name, description, rule, policy, date, overrides.ToImmutable(), YamlJson.ToJson(input, inputLines), expect) { InputLines = inputLines };
    }

    // set: ID: value (from the scenario's date), ID: { from: D, value: V }, or ID: a list of { from, value }. A value that
    // is itself a mapping or a list (a scheme, a set) is told apart by its keys: only a dated value has exactly from and value.
    private void ReadSet(YamlNode set, string where, ImmutableArray<ScenarioOverride>.Builder overrides)
    {
        if (set is not YamlMappingNode setMapping)
        {
            problems.Add(text.Say($"{file}:{Line(set)}: {where}: 'set' maps parameter IDs to values."));
            return;
        }

        foreach (var (key, value) in setMapping.Children)
        {
            var id = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!ParameterCatalog.TryFind(id, out _))
            {
                problems.Add(text.Say($"{file}:{Line(key)}: {where}: unknown parameter '{id}' in 'set'; `domainkit policy show` lists the parameters.") + Suggestion(id, ParameterCatalog.All.Select(p => p.Id)));
                continue;
            }

            if (IsDated(value))
            {
                overrides.Add(Dated(id, (YamlMappingNode)value, where));
            }
            else if (value is YamlSequenceNode { Children.Count: > 0 } list && list.Children.All(IsDated))
            {
                overrides.AddRange(list.Children.Select(item => Dated(id, (YamlMappingNode)item, where)));
            }
            else
            {
                overrides.Add(new ScenarioOverride(id, YamlJson.ToJson(value), null, Line(key)));
            }
        }
    }

    private static bool IsDated(YamlNode node) =>
        node is YamlMappingNode mapping && mapping.Children.Count == 2 && Child(mapping, "from") is not null && Child(mapping, "value") is not null;

    private ScenarioOverride Dated(string id, YamlMappingNode node, string where)
    {
        var fromText = Text(node, "from", required: true);
        LocalDate? from = null;
        if (fromText is not null && Dates.TryParse(fromText, out var date))
        {
            from = date;
        }
        else
        {
            problems.Add(text.Say($"{file}:{Line(node)}: {where}: 'from' must be a date written yyyy-MM-dd."));
        }

        return new ScenarioOverride(id, YamlJson.ToJson(Child(node, "value")!), from, Line(node));
    }

    // " Did you mean 'x'?" when one allowed name is close to the one given.
    private string Suggestion(string given, IEnumerable<string> allowed) =>
        NameSuggestion.Closest(given, allowed) is { } name ? NameSuggestion.Separator(text) + text.Say($"Did you mean '{name}'?") : string.Empty;

    private ScenarioExpectation? ReadExpect(YamlMappingNode scenario, string where)
    {
        if (Child(scenario, "expect") is not YamlMappingNode node)
        {
            problems.Add(text.Say($"{file}:{Line(scenario)}: {where}: 'expect' is required and is a mapping."));
            return null;
        }

        Keys(node, text.Say($"{where}'s expect"), ExpectKeys);
        var amounts = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(node, "amounts", where))
        {
            if (value is YamlScalarNode { Value: { } amountText } && decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
                && decimal.Round(yuan, 2) == yuan)
            {
                amounts[key] = yuan;
            }
            else
            {
                problems.Add(text.Say($"{file}:{Line(value)}: {where}: the amount '{key}' is yuan with at most two decimals."));
            }
        }

        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(node, "values", where))
        {
            if (value is YamlScalarNode { Value: { } scalar })
            {
                values[key] = scalar;
            }
            else
            {
                problems.Add(text.Say($"{file}:{Line(value)}: {where}: the value '{key}' is a single value."));
            }
        }

        var cites = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Items(node, "cites", where))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } rule })
            {
                cites.Add(rule);
            }
            else
            {
                problems.Add(text.Say($"{file}:{Line(item)}: {where}: each entry of 'cites' is a rule ID."));
            }
        }

        var errors = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var item in Items(node, "errors", where))
        {
            if (item is not YamlMappingNode error)
            {
                problems.Add(text.Say($"{file}:{Line(item)}: {where}: each expected error has 'path' and 'code'."));
                continue;
            }

            Keys(error, text.Say($"{where}'s expected error"), ["path", "code"]);
            var path = Text(error, "path", required: true, allowEmpty: true);
            var code = Text(error, "code", required: true);
            if (path is not null && code is not null)
            {
                errors.Add((path, code));
            }
        }

        var invalid = false;
        if (Text(node, "invalid", required: false) is { } invalidText)
        {
            if (invalidText != "true")
            {
                problems.Add(text.Say($"{file}:{Line(Child(node, "invalid")!)}: {where}: 'invalid' is true (any validation error); leave it out otherwise."));
            }

            invalid = true;
        }

        var messages = ImmutableArray.CreateBuilder<(Language, string)>();
        foreach (var (tag, value) in Pairs(node, "messages", where))
        {
            if (!Languages.TryParse(tag, out var language))
            {
                problems.Add(text.Say($"{file}:{Line(value)}: {where}: 'messages' is keyed by language: en or zh-CN."));
                continue;
            }

            foreach (var item in value is YamlSequenceNode texts ? texts.Children : [value])
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } message })
                {
                    messages.Add((language, message));
                }
                else
                {
                    problems.Add(text.Say($"{file}:{Line(item)}: {where}: each message is a text."));
                }
            }
        }

        var steps = ImmutableArray.CreateBuilder<StepExpectation>();
        foreach (var item in Items(node, "steps", where))
        {
            if (item is not YamlMappingNode step)
            {
                problems.Add(text.Say($"{file}:{Line(item)}: {where}: each expected step has 'rule', and optionally 'outcome' and 'text'."));
                continue;
            }

            Keys(step, text.Say($"{where}'s expected step"), ["rule", "outcome", "text"]);
            var stepRule = Text(step, "rule", required: true);
            StepOutcome? stepOutcome = null;
            if (Text(step, "outcome", required: false) is { } outcomeText)
            {
                if (EnumTokens<StepOutcome>.ByToken.TryGetValue(outcomeText, out var parsedOutcome))
                {
                    stepOutcome = parsedOutcome;
                }
                else
                {
                    problems.Add(text.Say($"{file}:{Line(Child(step, "outcome")!)}: {where}: a step's outcome is one of: {string.Join(", ", EnumTokens<StepOutcome>.ByToken.Keys)}.") + Suggestion(outcomeText, EnumTokens<StepOutcome>.ByToken.Keys));
                }
            }

            if (stepRule is not null)
            {
                steps.Add(new StepExpectation(stepRule, stepOutcome, Text(step, "text", required: false), Line(step)));
            }
        }

        var includes = Names(node, "includes", where);
        var excludes = Names(node, "excludes", where);
        var outcome = Text(node, "outcome", required: false);
        if (outcome is null && amounts.Count == 0 && values.Count == 0 && cites.Count == 0 && errors.Count == 0
            && !invalid && messages.Count == 0 && steps.Count == 0 && includes.IsEmpty && excludes.IsEmpty)
        {
            problems.Add(text.Say($"{file}:{Line(node)}: {where}: 'expect' states at least one expectation."));
        }

        return new ScenarioExpectation(outcome, amounts.ToImmutable(), values.ToImmutable(), cites.ToImmutable(), errors.ToImmutable())
        {
            Invalid = invalid,
            Messages = messages.ToImmutable(),
            Steps = steps.ToImmutable(),
            Includes = includes,
            Excludes = excludes,
        };
    }

    private ImmutableArray<string> Names(YamlMappingNode node, string key, string where)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Items(node, key, where))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } name })
            {
                names.Add(name);
            }
            else
            {
                problems.Add(text.Say($"{file}:{Line(item)}: {where}: each entry of '{key}' is one item of the outcome."));
            }
        }

        return names.ToImmutable();
    }

    private void Keys(YamlMappingNode node, string what, string[] allowed)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                problems.Add(text.Say($"{file}:{Line(key)}: unknown key '{name}' in {what}; expected one of: {string.Join(", ", allowed)}.") + Suggestion(name, allowed));
            }
        }
    }

    private string? Text(YamlMappingNode node, string key, bool required, bool allowEmpty = false)
    {
        switch (Child(node, key))
        {
            case null when required:
                problems.Add(text.Say($"{file}:{Line(node)}: '{key}' is required."));
                return null;
            case null:
                return null;
            case YamlScalarNode { Value: { } text } when allowEmpty || text.Length > 0:
                return text;
            case var other:
                problems.Add(text.Say($"{file}:{Line(other)}: '{key}' is a single value."));
                return null;
        }
    }

    private List<(string Key, YamlNode Value)> Pairs(YamlMappingNode node, string key, string where)
    {
        switch (Child(node, key))
        {
            case null:
                return [];
            case YamlMappingNode mapping:
                return mapping.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? string.Empty, pair.Value)).ToList();
            case var other:
                problems.Add(text.Say($"{file}:{Line(other)}: {where}: '{key}' is a mapping."));
                return [];
        }
    }

    private IEnumerable<YamlNode> Items(YamlMappingNode node, string key, string where)
    {
        switch (Child(node, key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children;
            case var other:
                problems.Add(text.Say($"{file}:{Line(other)}: {where}: '{key}' is a list."));
                return [];
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
