using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Serialization;
using NodaTime;
using NodaTime.Text;
using static DomainKit.Tests.Outputs.JsonTree;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Policy files with one field broken, compared with their reviewed output. One parameter of each kind of value
/// (amounts, fractions, multiples, whole numbers, names, sets, months, tables, schemes) is written alone in a file;
/// each field of its first value, nested ones included, is then removed, made null, given the wrong type and set to
/// values at and beyond its limits, and the file is read. Every amount, rate and whole-number parameter is then read
/// at its bounds and just beyond them, the file's own fields are broken the same way, and a set holding every kind
/// is written. The file gives each change and what it led to: every error's path, code and message, or the value
/// read where it differs from the one recorded.
/// </summary>
public class PolicyDocumentsOutputsTest
{
    private static readonly LocalDate From = new(2025, 1, 1);

    // Values for the kinds no bundled set holds, and a scheme with more in it than the bundled ones (a fixed deductible,
    // banded ratios, a second stage), written as a policy file would.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["MedicalAssistanceScheme"] = """
            { "stages": [
              { "name": "basic", "deductible": { "kind": "fixed", "amount": 300 }, "bands": [ { "upTo": 1000, "ratio": 0.5 }, { "ratio": 0.7 } ], "annualCap": 20000 },
              { "name": "serious", "deductible": { "kind": "shareOfDisposableIncome", "share": 0.1 }, "bands": [ { "ratio": 0.6 } ], "annualCap": 100000 } ] }
            """,
        ["TemporaryMonths"] = new JsonObject
        {
            ["rows"] = new JsonArray([.. Enum.GetValues<TemporaryCategory>().SelectMany(category => Enum.GetValues<TemporaryNeed>().Select(need => (JsonNode)new JsonObject
            {
                ["category"] = EnumTokens<TemporaryCategory>.ToToken(category),
                ["need"] = EnumTokens<TemporaryNeed>.ToToken(need),
                ["moderate"] = 1.5m,
                ["serious"] = 3,
            }))]),
        }.ToJsonString(),
        ["EducationStandards"] = """{ "primary": 1000, "juniorSecondary": 1250.50, "tertiary": 5000 }""",
        ["IndicatorSet"] = """{ "taskCompletion": { "weight": 0.6, "higherIsBetter": true }, "complaints": { "weight": 0.4, "higherIsBetter": false } }""",
        ["QuotaRounding"] = "\"halfUp\"",
        ["GradePoints"] = """{ "excellent": 100, "competent": 80, "basicallyCompetent": 60.5, "incompetent": 0 }""",
    };

    // Changes the walk through a value does not reach: it enters an array through its first item only.
    private static readonly Dictionary<string, (string Change, string Path, string Json)[]> Extras = new(StringComparer.Ordinal)
    {
        ["MedicalAssistanceScheme"] =
        [
            .. new[] { "-0.01", "0", "0.5", "1", "1.0001", "\"0.5\"" }.Select(share =>
                ($"a deductible share of {share}", "values[0].value.stages[0].deductible", $$"""{ "kind": "shareOfDisposableIncome", "share": {{share}} }""")),
            .. new[] { "-0.01", "0", "0.001", "1000000000", "1000000000.01" }.Select(amount =>
                ($"a fixed deductible of {amount}", "values[0].value.stages[0].deductible", $$"""{ "kind": "fixed", "amount": {{amount}} }""")),
            ("a fixed deductible without its amount", "values[0].value.stages[0].deductible", """{ "kind": "fixed" }"""),
            ("a deductible share without its share", "values[0].value.stages[0].deductible", """{ "kind": "shareOfDisposableIncome" }"""),
            ("a deductible of none with an amount", "values[0].value.stages[0].deductible", """{ "kind": "none", "amount": 1 }"""),
            ("a deductible of none with a share", "values[0].value.stages[0].deductible", """{ "kind": "none", "share": 0.1 }"""),
            ("a fixed deductible with a share", "values[0].value.stages[0].deductible", """{ "kind": "fixed", "amount": 1, "share": 0.1 }"""),
            ("a deductible share with an amount", "values[0].value.stages[0].deductible", """{ "kind": "shareOfDisposableIncome", "amount": 1, "share": 0.1 }"""),
        ],
    };

    [Fact]
    public void PolicyFilesWithOneFieldBroken_AreReadAsApproved() => ApprovedText.Verify("policy-documents", Output());

    /// <summary>The whole output; the determinism tests compare it across cultures.</summary>
    internal static string Output()
    {
        var output = new OutputWriter();
        var kinds = Kinds();
        // The fields around a value (rule, unit, date, source, citation) are read alike for every kind: they are
        // broken for the first kind only, and each kind's value itself for every kind.
        var envelope = true;
        foreach (var parameter in kinds.Timelines.Select(t => t.Parameter))
        {
            Values(output, kinds, parameter, envelope);
            envelope = false;
        }

        Bounds(output, kinds);
        Documents(output, kinds);
        output.Case("a set holding one parameter of each kind, written");
        var written = PolicySetJson.Write(kinds);
        Assert.Equal(written.TrimEnd() + "\n", written);
        output.Line(written.TrimEnd());
        return output.ToString();
    }

    /// <summary>
    /// A set holding, for each kind of value, the first parameter of that kind a bundled set holds (or the first of the
    /// kind, when no bundled set holds one), with its sample value or else the first value a bundled set gives it.
    /// </summary>
    private static PolicySet Kinds()
    {
        var set = PolicySet.Create("kinds", "One parameter of each kind", "1", "Every kind of value a policy file holds.", []).Value;
        var bundles = PolicySets.BundledIds.Select(id => PolicySets.Bundled(id).Value).ToList();
        var unheld = new List<string>();
        foreach (var kind in ParameterCatalog.All.GroupBy(p => (p.ValueType, p.Unit)))
        {
            var parameter = kind.FirstOrDefault(p => bundles.Any(b => b.Contains(p))) ?? kind.First();
            var json = Samples.GetValueOrDefault(parameter.ValueType.Name) ?? bundles
                .Where(bundled => bundled.Contains(parameter))
                .Select(bundled => JsonNode.Parse(PolicySetJson.Write(bundled))!["parameters"]![parameter.Id]!["values"]![0]!["value"]!.ToJsonString())
                .FirstOrDefault();
            if (json is null)
            {
                unheld.Add($"{parameter.Id} ({parameter.ValueType.Name})");
                continue;
            }

            var with = set.With(parameter.Id, json, From, Provenance.Secondary("a citation"));
            Assert.True(with.IsSuccess, $"{parameter.Id}: {string.Join("; ", with.ValidationErrors.Select(e => $"{e.Identifier} {e.ErrorMessage}"))}");
            set = with.Value;
        }

        Assert.True(unheld.Count == 0, $"No bundled set holds these kinds; give each a sample value: {string.Join(", ", unheld)}");
        return set;
    }

    /// <summary>A file holding the parameter alone, each field of its value (and the fields around it) broken in turn.</summary>
    private static void Values(OutputWriter output, PolicySet kinds, PolicyParameter parameter, bool envelope)
    {
        var document = Alone(kinds, parameter);
        var recorded = (JsonObject)document["parameters"]![parameter.Id]!;
        output.Case($"{parameter.Id}: {parameter.ValueType.Name} in {parameter.UnitToken}");
        var before = Read(document, parameter);
        Assert.True(before.Success, $"{parameter.Id}: the recorded file is read");
        output.Line($"as recorded: {before.Text}");
        foreach (var (change, broken) in Changes(recorded).Where(c => envelope || c.Change.StartsWith("values[0].value", StringComparison.Ordinal)))
        {
            var read = Read(Holding(document, parameter, broken), parameter);
            Write(output, change, read, before);
            SetByIdAgrees(kinds, parameter, change, broken, read);

            // A field of names lists them when it refuses one it does not know: each other name is tried as well.
            if (change.EndsWith(" = an unknown word", StringComparison.Ordinal)
                && Regex.Match(read.Text, "(?i)expected one of: (.+)\\.") is { Success: true } listed)
            {
                var path = change[..^" = an unknown word".Length];
                foreach (var token in listed.Groups[1].Value.Split(", "))
                {
                    Write(output, $"{path} = {token}", Read(Holding(document, parameter, With(recorded, path, JsonValue.Create(token))), parameter), before);
                }
            }
        }

        foreach (var (change, path, json) in Extras.GetValueOrDefault(parameter.ValueType.Name, []))
        {
            Write(output, change, Read(Holding(document, parameter, With(recorded, path, JsonNode.Parse(json))), parameter), before);
        }
    }

    /// <summary>
    /// A value set by the parameter's ID, as scenario files and the command line state a reform, is read as the file
    /// reads it: accepted exactly when the file is, and then the same value.
    /// </summary>
    private static void SetByIdAgrees(PolicySet kinds, PolicyParameter parameter, string change, JsonObject broken, (bool Success, string Text) read)
    {
        if (!change.StartsWith("values[0].value", StringComparison.Ordinal) || broken["values"]?[0]?["value"] is not { } value)
        {
            return;
        }

        var set = kinds.With(parameter.Id, value.ToJsonString(), From, Provenance.Secondary("a citation"));
        Assert.True(set.IsSuccess == read.Success, $"{parameter.Id}, {change}: set by ID {set.Status}, read from a file {read.Text}");
        if (set.IsSuccess)
        {
            var timeline = set.Value.Timelines.Single(t => t.Parameter == parameter);
            Assert.Equal(read.Text, Shorten($"{LocalDatePattern.Iso.Format(From)} {timeline.FormattedValues[0]} ({timeline.Provenances[0]})"));
        }
    }

    private static void Write(OutputWriter output, string change, (bool Success, string Text) read, (bool Success, string Text) recorded) =>
        output.Line($"{change}: {(read.Success && read.Text == recorded.Text ? "accepted, as recorded" : read.Text)}");

    private static JsonObject Holding(JsonObject document, PolicyParameter parameter, JsonObject changed)
    {
        var copy = (JsonObject)document.DeepClone();
        copy["parameters"]![parameter.Id] = changed.DeepClone();
        return copy;
    }

    /// <summary>Each amount, rate and whole-number parameter at the bounds its refusals state, and just beyond them.</summary>
    private static void Bounds(OutputWriter output, PolicySet kinds)
    {
        output.Case("every number parameter at its bounds");
        foreach (var parameter in ParameterCatalog.All.Where(p => p.ValueType == typeof(Money) || p.ValueType == typeof(Rate) || p.ValueType == typeof(int)))
        {
            var document = Alone(kinds, parameter);
            var refusal = Read(WithValue(document, parameter, 1e15m), parameter).Text;
            var bounds = Regex.Match(refusal, @"between (-?[\d,.]+) and (-?[\d,.]+)");
            Assert.True(bounds.Success, $"{parameter.Id}: {refusal}");
            var minimum = decimal.Parse(bounds.Groups[1].Value.TrimEnd('.'), NumberStyles.Number, CultureInfo.InvariantCulture);
            var maximum = decimal.Parse(bounds.Groups[2].Value.TrimEnd('.'), NumberStyles.Number, CultureInfo.InvariantCulture);
            var step = parameter.ValueType == typeof(Money) ? 0.01m : parameter.ValueType == typeof(int) ? 1m : 0.0001m;
            var tried = new[] { minimum - step, minimum, maximum, maximum + step }.Select(value =>
            {
                var read = Read(WithValue(document, parameter, value), parameter);
                return $"{value.ToString(CultureInfo.InvariantCulture)} {(read.Success ? "accepted" : "refused")}";
            });
            output.Line($"{parameter.Id}: {string.Join(", ", tried)}; beyond: {refusal}");
        }
    }

    /// <summary>The file's own fields broken, parameters the catalogue does not know, and values set by ID.</summary>
    private static void Documents(OutputWriter output, PolicySet kinds)
    {
        output.Case("the file's own fields");
        var parameter = kinds.Timelines.First().Parameter;
        var document = Alone(kinds, parameter);
        var header = (JsonObject)document.DeepClone();
        header.Remove("parameters");
        foreach (var (change, broken) in Changes(header))
        {
            broken["parameters"] = document["parameters"]!.DeepClone();
            output.Line($"{change}: {Describe(PolicySetJson.Parse(broken.ToJsonString()))}");
        }

        foreach (var (change, broken) in new (string, JsonNode?)[]
        {
            ("parameters removed", null),
            ("a parameter a number", new JsonObject { [parameter.Id] = 1 }),
            ("a parameter null", new JsonObject { [parameter.Id] = null }),
            ("parameters = []", new JsonArray()),
            ("parameters = {}", new JsonObject()),
            ("an unknown parameter", new JsonObject { ["unknownParameter"] = new JsonObject() }),
            ("an unknown parameter of 64 characters", new JsonObject { [new string('p', 64)] = new JsonObject() }),
            ("an unknown parameter of 65 characters", new JsonObject { [new string('p', 65)] = new JsonObject() }),
        })
        {
            var changed = (JsonObject)document.DeepClone();
            changed.Remove("parameters");
            if (broken is not null)
            {
                changed["parameters"] = broken;
            }

            output.Line($"{change}: {Describe(PolicySetJson.Parse(changed.ToJsonString()))}");
        }

        foreach (var (name, text) in new[] { ("an array", "[]"), ("a string", "\"policy\""), ("null", "null"), ("empty", string.Empty), ("cut short", document.ToJsonString()[..40]) })
        {
            output.Line($"the file {name}: {Describe(PolicySetJson.Parse(text))}");
        }

        // A JSON object cannot hold a key twice, so the table with a repeated key is written as text.
        var table = kinds.Timelines.Single(t => t.Parameter.ValueType == typeof(EducationStandards)).Parameter;
        var repeated = Alone(kinds, table).ToJsonString().Replace("\"primary\":1000", "\"primary\":1000,\"primary\":1000", StringComparison.Ordinal);
        Assert.Contains("\"primary\":1000,\"primary\"", repeated, StringComparison.Ordinal);
        output.Line($"a table with a key twice: {Describe(PolicySetJson.Parse(repeated))}");

        foreach (var id in new[] { "a", "z-0-9", new string('a', 64), new string('a', 65), "A", "a_b", "a/", "a:", "a`", "a{", string.Empty })
        {
            output.Line($"identifier {(id.Length > 10 ? $"of {id.Length} letters" : $"\"{id}\"")}: {Describe(PolicySet.Create(id, "n", "v", null!, []))}");
        }

        output.Line($"name and version blank: {Describe(PolicySet.Create("a", " ", "\t", string.Empty, []))}");
        output.Line($"no description: \"{PolicySet.Create("a", "n", "v", null!, []).Value.Description}\"");
        output.Line($"set by an unknown ID: {Describe(kinds.With("unknownParameter", "1", From))}");
        output.Line($"set by ID from malformed JSON: {Describe(kinds.With(parameter.Id, "{", From))}");
        var whole = ParameterCatalog.All.First(p => p.ValueType == typeof(int));
        var set = kinds.With(whole.Id, "1", From);
        output.Line($"set by ID without a provenance: {(set.IsSuccess ? string.Join("; ", set.Value.Timelines.Single(t => t.Parameter == whole).Provenances) : Describe(set))}");
    }

    /// <summary>
    /// A file holding only the parameter, with only its first value: the value the kinds set holds for it, or for the
    /// parameter of its kind the set holds.
    /// </summary>
    private static JsonObject Alone(PolicySet kinds, PolicyParameter parameter)
    {
        var document = JsonNode.Parse(PolicySetJson.Write(kinds))!.AsObject();
        var representative = kinds.Timelines.Single(t => (t.Parameter.ValueType, t.Parameter.Unit) == (parameter.ValueType, parameter.Unit)).Parameter;
        var kept = (JsonObject)document["parameters"]![representative.Id]!.DeepClone();
        kept["rule"] = parameter.RuleId;
        document["parameters"] = new JsonObject { [parameter.Id] = kept };
        return document;
    }

    private static JsonObject WithValue(JsonObject document, PolicyParameter parameter, decimal value)
    {
        var changed = (JsonObject)document.DeepClone();
        changed["parameters"]![parameter.Id]!["values"]![0]!["value"] = value;
        return changed;
    }

    /// <summary>Reads the file: the parameter's first value, date and provenance, or every error.</summary>
    private static (bool Success, string Text) Read(JsonObject document, PolicyParameter parameter)
    {
        var result = PolicySetJson.Parse(document.ToJsonString());
        if (!result.IsSuccess)
        {
            return (false, Describe(result));
        }

        var timeline = result.Value.Timelines.Single(t => t.Parameter == parameter);
        return (true, Shorten(string.Join("; ", timeline.EffectiveDates.Select((date, i) => $"{LocalDatePattern.Iso.Format(date)} {timeline.FormattedValues[i]} ({timeline.Provenances[i]})"))));
    }

    private static string Describe<T>(Ardalis.Result.Result<T> result) => Shorten(
        result.IsSuccess
            ? result.Value is PolicySet set ? $"accepted: {set}, named \"{set.Name}\", described \"{set.Description}\"" : $"accepted, {result.Value}"
            : $"{result.Status}: {string.Join("; ", result.ValidationErrors.Select(e => $"{e.Identifier} | {e.ErrorCode} | {e.ErrorMessage}"))}");

    // The long texts tried are runs of one letter; a run is written as its length, so each change stays one short line.
    private static string Shorten(string text) => Regex.Replace(text, "([xp])\\1{19,}", run => $"[{run.Length} × {run.Value[0]}]");

    /// <summary>Each change to an object: an unknown field, then each field removed, made null or replaced.</summary>
    private static IEnumerable<(string Change, JsonObject Changed)> Changes(JsonObject recorded)
    {
        foreach (var (path, value) in Leaves(recorded).Prepend((string.Empty, recorded)))
        {
            var at = path.Length == 0 ? "the value" : path;
            if (value is JsonObject o)
            {
                // One unknown field a number, one a string: a table keyed by name reads on past an unknown key, and
                // a string there shows whether it also reads the key's value.
                foreach (var (name, content) in new (string, JsonNode)[] { ("unexpected", 1), ("none", "text") })
                {
                    var extra = (JsonObject)o.DeepClone();
                    extra[name] = content;
                    yield return ($"{at} with a field \"{name}\"", path.Length == 0 ? extra : With(recorded, path, extra));
                }
            }

            if (path.Length == 0)
            {
                continue;
            }

            yield return ($"{path} removed", With(recorded, path, null, remove: true));
            yield return ($"{path} = null", With(recorded, path, null));
            foreach (var (label, replacement) in Replacements(value))
            {
                yield return ($"{path} = {label}", With(recorded, path, replacement));
            }
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value)> Replacements(JsonNode? value)
    {
        if (value is JsonObject or JsonArray)
        {
            foreach (var change in ShapeChanges(value))
            {
                yield return change;
            }

            yield break;
        }

        switch (value!.GetValueKind())
        {
            case System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                var flag = value.GetValue<bool>();
                yield return ($"{!flag}".ToLowerInvariant(), JsonValue.Create(!flag));
                yield return ("\"true\"", JsonValue.Create("true"));
                yield break;
            case System.Text.Json.JsonValueKind.Number:
                var recorded = value.GetValue<decimal>();
                foreach (var number in new[] { recorded - 1, recorded - 0.01m, recorded + 0.01m, recorded + 1, 0m, -0.01m, -1m, 0.001m, 1m, 1.5m, 12m, 13m, 120m, 120.01m, 1_000_000_000m, 1_000_000_000.01m, 2_147_483_648m }.Distinct())
                {
                    yield return (number.ToString(CultureInfo.InvariantCulture), JsonValue.Create(number));
                }

                yield return ("1.50, its trailing zero written", JsonNode.Parse("1.50"));
                yield return ("1e400", JsonNode.Parse("1e400"));
                yield return ("\"1\"", JsonValue.Create("1"));
                yield return ("true", JsonValue.Create(true));
                yield break;
        }

        var text = value.GetValue<string>();
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            foreach (var moved in new[] { day.Value.PlusDays(-1), day.Value.PlusDays(1), new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31) })
            {
                yield return (LocalDatePattern.Iso.Format(moved), JsonValue.Create(LocalDatePattern.Iso.Format(moved)));
            }

            yield return ("2026-02-30", JsonValue.Create("2026-02-30"));
            yield return ("a date and time", JsonValue.Create("2026-03-02T09:00:00"));
        }
        else
        {
            yield return ("\"\"", JsonValue.Create(string.Empty));
            yield return ("spaces", JsonValue.Create("   "));
            yield return ("an unknown word", JsonValue.Create("unknownWord"));
            foreach (var length in new[] { 64, 65, 500, 501, StrictJsonReader.MaxStringLength, StrictJsonReader.MaxStringLength + 1 })
            {
                yield return ($"{length} characters", JsonValue.Create(new string('x', length)));
            }
        }

        yield return ("a number", JsonValue.Create(7));
    }
}
