using System.Text;
using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Reliability;

/// <summary>
/// Near-valid input for every contract: a valid sample with one value replaced by something hostile (huge,
/// negative or overflowing numbers, impossible dates, wrong types, deep nesting, very long strings, invalid ID
/// numbers), a property removed or given twice, or the text cut short. Every reader returns a value and never
/// throws; whatever it accepts is decided without an exception; the tool answers with exit code 0 or 2 and a clear
/// message, never a crash; and nothing takes longer than <see cref="TimeLimit"/>.
/// </summary>
public class HostileContractsTest
{
    /// <summary>Inputs tried per contract and run (docs/reliability.md reports these).</summary>
    public const int InputsPerContract = 1_000;

    /// <summary>Fewer for the contracts read through the tool, which writes a file per input.</summary>
    public const int InputsPerToolContract = 300;

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);
    private static readonly string Repository = Path.Combine(AppContext.BaseDirectory, "Repository");
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static readonly string[] HostileValues =
    [
        "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "79228162514264337593543950336", "-0.001",
        "100000000000000.001", "-1", "0", "1.5", "1e-7", "\"2026-02-29\"", "\"9999-12-32\"", "\"0001-01-01\"", "\"-0001-01-01\"",
        "\"2026-3-1\"", "\"\"", "\"\\u0000\"", "null", "true", "[]", "{}", "\"11010519491231002Y\"", "\"11010519491231002\"",
        "\"" + new string('长', 100_000) + "\"", new string('[', 300) + new string(']', 300), "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 201),
        "\"applicant\"", "\"wages\"", "\"primary\"", "\"dibao\"", "\"excellent\"", "12345678901234567890",
    ];

    private sealed record Mutation(int Kind, int Target, int Value, int Cut);

    private static Gen<Mutation> Mutations => from kind in Gen.Choose(0, 5)
                                              from target in Gen.Choose(0, int.MaxValue - 1)
                                              from value in Gen.Choose(0, HostileValues.Length - 1)
                                              from cut in Gen.Choose(0, int.MaxValue - 1)
                                              select new Mutation(kind, target, value, cut);

    /// <summary>Applies one mutation to a JSON document: replace a value, remove or duplicate a property, or cut it.</summary>
    private static string Mutate(string json, Mutation mutation)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var node = nodes[mutation.Target % nodes.Count];
        switch (mutation.Kind)
        {
            case 0 or 1 or 2:
                if (node.Parent is null)
                {
                    return HostileValues[mutation.Value];
                }

                var replacement = "\u0001REPLACE\u0001";
                Replace(node, JsonValue.Create(replacement)!);
                return root.ToJsonString().Replace("\"\\u0001REPLACE\\u0001\"", HostileValues[mutation.Value], StringComparison.Ordinal);
            case 3 when node.Parent is JsonObject parent:
                parent.Remove(node.GetPropertyName());
                return root.ToJsonString();
            case 4 when node.Parent is JsonObject:
                // A property given twice: the readers must refuse the duplicate, not keep either silently.
                var text = root.ToJsonString();
                var name = "\"" + node.GetPropertyName() + "\":";
                var at = text.IndexOf(name, StringComparison.Ordinal);
                return at < 0 ? text : text[..at] + name + node.ToJsonString() + "," + text[at..];
            default:
                return json[..(mutation.Cut % json.Length)];
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode replacement)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj[node.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = replacement;
                break;
        }
    }

    private static void WithinTimeLimit(Action action)
    {
        var run = Task.Run(action);
        Assert.True(run.Wait(TimeLimit), $"an input took more than {TimeLimit.TotalSeconds} s");
        run.GetAwaiter().GetResult();
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(Repository, "examples", file));

    public static Arbitrary<string> Households() => Arb.From(Mutations.Select(m => Mutate(Sample("excluded-member.json"), m)));

    public static Arbitrary<string> PolicySetsJson() => Arb.From(Mutations.Select(m => Mutate(PolicySetJson.Write(PolicySets.NationalBaseline), m)));

    public static Arbitrary<string> Cadres() => Arb.From(Mutations.Select(m => Mutate(Sample("cadre.json"), m)));

    public static Arbitrary<string> CaseHistories() => Arb.From(Mutations.Select(m => Mutate(Sample("case-history.json"), m)));

    [Property(MaxTest = InputsPerContract, Arbitrary = [typeof(HostileContractsTest)])]
    public void Households_NearValid_AreDecidedOrRefused_NeverThrown(string json) => WithinTimeLimit(() =>
    {
        var household = HouseholdJson.Parse(json);
        Assert.True(household.IsSuccess || household.ValidationErrors.Any());
        if (household.IsSuccess)
        {
            var claims = HouseholdClaims.Create(household.Value, []).Value;
            _ = HouseholdAssessment.Decide(claims, PolicySets.ZhifuPilot, Date).Value.Summary(Language.ChineseSimplified);
            _ = HouseholdJson.Write(household.Value);
        }
    });

    [Property(MaxTest = InputsPerContract, Arbitrary = [typeof(HostileContractsTest)])]
    public void PolicySets_NearValid_AreReadOrRefused_NeverThrown(string json) => WithinTimeLimit(() =>
    {
        var policy = PolicySetJson.Parse(json);
        Assert.True(policy.IsSuccess || policy.ValidationErrors.Any());
        if (policy.IsSuccess)
        {
            var terms = AssistanceTerms.Resolve(policy.Value, Date);
            Assert.True(terms.IsSuccess || terms.ValidationErrors.Any());
            _ = PolicySetJson.Write(policy.Value);
        }
    });

    [Property(MaxTest = InputsPerContract, Arbitrary = [typeof(HostileContractsTest)])]
    public void Cadres_NearValid_AreAssessedOrRefused_NeverThrown(string json) => WithinTimeLimit(() =>
    {
        var cadre = CadreJson.Parse(json);
        Assert.True(cadre.IsSuccess || cadre.ValidationErrors.Any());
        if (cadre.IsSuccess)
        {
            var terms = CadreTerms.Resolve(PolicySets.Shaanxi2016, Date).Value;
            _ = StepDown.Review(cadre.Value, 2025, terms).Explanation.Render(Language.English);
            _ = Promotion.BarsOn(cadre.Value, Date, terms);
            _ = Promotion.Bars(cadre.Value, terms);
        }
    });

    [Property(MaxTest = InputsPerContract, Arbitrary = [typeof(HostileContractsTest)])]
    public void CaseHistories_NearValid_ReplayOrAreRefused_NeverThrown(string json) => WithinTimeLimit(() =>
    {
        var history = CaseEventJson.ParseHistory(json);
        Assert.True(history.IsSuccess || history.ValidationErrors.Any());
        if (history.IsSuccess)
        {
            Assert.Equal(history.Value, CaseEventJson.ParseHistory(CaseEventJson.WriteHistory(history.Value.Events)).Value);
        }
    });

    [Property(MaxTest = InputsPerContract)]
    public void PolicyOverrides_ById_AreAppliedOrRefused_NeverThrown(NonNegativeInt parameter, NonNegativeInt value) => WithinTimeLimit(() =>
    {
        var id = ParameterCatalog.All[parameter.Get % ParameterCatalog.All.Length].Id;
        var result = PolicySets.ZhifuPilot.With(id, HostileValues[value.Get % HostileValues.Length], Date);
        Assert.True(result.IsSuccess || result.ValidationErrors.Any());
    });

    [Property(MaxTest = InputsPerToolContract)]
    public void HouseholdCsv_NearValid_IsReviewedOrReported_NeverACrash(NonNegativeInt row, NonNegativeInt column, NonNegativeInt value, bool dropCell) =>
        WithinTimeLimit(() =>
        {
            using var folder = new TemporaryFolder();
            var csv = folder.File("households.csv");
            Assert.Equal(0, CliRunner.Run("generate", "--households", "3", "--seed", "5", "--format", "csv", "--out", csv).Code);
            var lines = File.ReadAllLines(csv);
            var target = 1 + (row.Get % (lines.Length - 1));
            var cells = lines[target].Split(',').ToList();
            var index = column.Get % cells.Count;
            if (dropCell)
            {
                cells.RemoveAt(index);
            }
            else
            {
                cells[index] = HostileValues[value.Get % HostileValues.Length].Replace(",", ";", StringComparison.Ordinal);
            }

            lines[target] = string.Join(",", cells);
            File.WriteAllLines(csv, lines);
            var (code, output, error) = CliRunner.Run("review", csv, "--out", folder.File("out.jsonl"), "--date", "2026-03-01");
            AssertNoCrash(code, output, error, allowed: [0, 2]);
        });

    [Property(MaxTest = InputsPerToolContract)]
    public void ScenarioYaml_NearValid_RunsOrIsReported_NeverACrash(NonNegativeInt line, NonNegativeInt value, bool cut) => WithinTimeLimit(() =>
    {
        using var folder = new TemporaryFolder();
        var lines = File.ReadAllLines(Path.Combine(Repository, "scenarios", "dibao.yaml"));
        var target = line.Get % lines.Length;
        if (cut)
        {
            lines = lines[..target];
        }
        else
        {
            var colon = lines[target].IndexOf(": ", StringComparison.Ordinal);
            lines[target] = colon < 0 ? lines[target] + HostileValues[value.Get % HostileValues.Length] : lines[target][..(colon + 2)] + HostileValues[value.Get % HostileValues.Length];
        }

        var file = folder.File("mutated.yaml");
        File.WriteAllLines(file, lines);
        var (code, output, error) = CliRunner.Run("test", file);
        // 1 is a scenario whose expectation no longer holds: a finding, not a crash.
        AssertNoCrash(code, output, error, allowed: [0, 1, 2]);
    });

    [Fact]
    public void AnUnclosedFlowMapping_IsReportedAsInvalidYaml()
    {
        // Found by the property above: YamlDotNet's scanner throws InvalidOperationException on this line.
        using var folder = new TemporaryFolder();
        var file = folder.File("unclosed.yaml");
        File.WriteAllText(file, "scenarios:\n  - name: x\n    input:\n      members:\n        - { relation: 1e400\n");
        var (code, output, error) = CliRunner.Run("test", file);
        AssertNoCrash(code, output, error, allowed: [2]);
        Assert.Contains("not valid YAML", error, StringComparison.Ordinal);
    }

    private static void AssertNoCrash(int code, string output, string error, int[] allowed)
    {
        Assert.Contains(code, allowed);
        Assert.DoesNotContain("Unhandled exception", output + error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at DomainKit", output + error, StringComparison.Ordinal);
        if (code == 2)
        {
            Assert.False(string.IsNullOrWhiteSpace(error), "exit code 2 without a message");
        }
    }

    private sealed class TemporaryFolder : IDisposable
    {
        private readonly string path = Directory.CreateTempSubdirectory("domainkit-hostile-").FullName;

        public string File(string name) => Path.Combine(path, name);

        public void Dispose() => Directory.Delete(path, recursive: true);
    }
}
