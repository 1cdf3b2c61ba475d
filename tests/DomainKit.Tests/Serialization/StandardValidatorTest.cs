using System.Collections.Concurrent;
using System.Text.Json;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Serialization;

/// <summary>
/// Every document the library and the tool write validates against its published schema under a standard JSON Schema
/// validator (JsonSchema.Net, draft 2020-12), which, like Python's jsonschema and ajv, knows nothing of the library's
/// readers. The schemas are read from docs/schemas as an integrator downloads them.
/// </summary>
public sealed class StandardValidatorTest
{
    private static readonly string Schemas = Path.Combine(AppContext.BaseDirectory, "Repository", "schemas");
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");
    private static readonly LocalDate Date = new(2026, 3, 1);

    // A schema is registered under its $id when built, so each is built once, before any test runs in parallel.
    private static readonly Dictionary<string, JsonSchema> Built = ContractSchemas.Contracts.ToDictionary(
        c => c,
        c => JsonSchema.FromText(File.ReadAllText(Path.Combine(Schemas, ContractSchemas.FileName(c)))),
        StringComparer.Ordinal);

    [Fact]
    public void AHundredThousandGeneratedHouseholds_AndEverythingWrittenAboutThem_Validate()
    {
        // The review's lines, as the tool writes them for a whole population: the lines that validators refused
        // when amounts were numbers with "multipleOf": 0.01.
        var input = Path.Combine(Path.GetTempPath(), $"validate-{Guid.NewGuid():N}.jsonl");
        var output = input + ".out";
        try
        {
            Assert.Equal(0, Run("generate", "--households", "100000", "--seed", "11", "--out", input).Code);
            Assert.Equal(0, Run("review", input, "--out", output, "--date", "2026-03-01").Code);
            var households = File.ReadLines(input).ToList();
            var lines = File.ReadLines(output).ToList();
            Assert.Equal(100_000, households.Count);
            Assert.Equal(100_000, lines.Count);
            Assert.Contains(lines, line => line.Contains(".5", StringComparison.Ordinal) || line.Contains(".9", StringComparison.Ordinal));
            AllValid(HouseholdJson.Schema, households);
            AllValid(ReviewResultDocument.SchemaName, lines);

            // Each household's decision and whole entitlement, in both languages by turns, with every claim the
            // generator brings (bills, expenditure claims, temporary requests).
            var claims = SyntheticPopulation.StreamClaims(100_000, 11, everyProgramme: true).ToList();
            var decisions = new ConcurrentBag<string>();
            var entitlements = new ConcurrentBag<string>();
            Parallel.For(0, claims.Count, i =>
            {
                var language = i % 2 == 0 ? Language.English : Language.ChineseSimplified;
                var decision = Dibao.Decide(claims[i].Household, PolicySets.ZhifuPilot, Date);
                if (decision.IsSuccess)
                {
                    decisions.Add(DibaoDecisionJson.Write(decision.Value, language));
                }

                var assessed = HouseholdAssessment.Decide(claims[i], PolicySets.ZhifuPilot, Date);
                if (assessed.IsSuccess)
                {
                    entitlements.Add(EntitlementsJson.Write(assessed.Value, language));
                }
            });
            Assert.True(decisions.Count > 90_000 && entitlements.Count > 90_000);
            AllValid(DibaoDecisionDocument.SchemaName, decisions);
            AllValid(EntitlementsDocument.SchemaName, entitlements);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Property(MaxTest = 2_000, Arbitrary = [typeof(DomainArbitraries)])]
    public void AnyHousehold_AndItsDecision_Validate(Household household)
    {
        // Arbitrary amounts to the fen, the edges of every bound included, as the generators give them.
        AllValid(HouseholdJson.Schema, [HouseholdJson.Write(household)]);
        if (Dibao.Decide(household, PolicySets.ZhifuPilot, Date) is { IsSuccess: true } decision)
        {
            AllValid(DibaoDecisionDocument.SchemaName, [DibaoDecisionJson.Write(decision.Value, Language.ChineseSimplified)]);
        }
    }

    [Fact]
    public void EveryExample_ValidatesAgainstTheSchemaItNames_AndTheInvalidOneDoesNot()
    {
        var files = Directory.GetFiles(Examples, "*.json", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 15);
        foreach (var file in files)
        {
            var json = File.ReadAllText(file);
            var contract = JsonDocument.Parse(json).RootElement.GetProperty("schema").GetString()!;
            var valid = Validate(contract, json);
            var readable = Path.GetFileName(file) switch
            {
                "invalid-household.json" => false,
                _ => true,
            };
            Assert.True(valid == readable, $"{Path.GetFileName(file)} ({contract}): the schema says {(valid ? "valid" : "invalid")}");
        }
    }

    [Fact]
    public void EveryDocumentTheToolWrites_Validates()
    {
        var eligible = Path.Combine(Examples, "eligible.json");
        var documents = new List<(string Contract, string Json)>
        {
            (DibaoDecisionDocument.SchemaName, Run("evaluate", eligible, "--date", "2026-03-01", "--json").Output),
            (DibaoDecisionDocument.SchemaName, Run("evaluate", eligible, "--date", "2026-03-01", "--json", "--lang", "zh-CN", "--region", "370602").Output),
            (EntitlementsDocument.SchemaName, Run("assess", eligible, "--date", "2026-03-01", "--json").Output),
            (CadreAssessmentDocument.SchemaName, Run("assess", Path.Combine(Examples, "cadre.json"), "--date", "2026-03-01", "--policy", "shaanxi-2016", "--json").Output),
            (ValidationErrorsDocument.SchemaName, Run("evaluate", Path.Combine(Examples, "invalid-household.json"), "--date", "2026-03-01", "--json").Error),
        };
        documents.AddRange(PolicySets.BundledIds.Select(id => (PolicySetDocument.SchemaName, Run("policy", "show", id, "--json").Output)));
        documents.Add((PolicySetDocument.SchemaName, Run("policy", "show", "--region", "370613", "--json").Output));
        foreach (var (contract, json) in documents)
        {
            Assert.Equal(contract, JsonDocument.Parse(json).RootElement.GetProperty("schema").GetString());
            AssertValid(contract, json);
        }
    }

    [Fact]
    public void CaseHistories_OfEveryKindOfEvent_Validate() =>
        AllValid(CaseEventJson.Schema, CaseStateMachineTestCases().Select(c => CaseEventJson.WriteHistory(c.Events)).ToList());

    [Fact]
    public void TheUpdatesSchedulesAndAccountabilityOfEveryKindOfCase_Validate()
    {
        var cases = CaseStateMachineTestCases().ToList();
        var policy = DomainKit.Tests.Assistance.CaseTestKit.Policy;
        var calendar = WorkingDayCalendar.MondayToFriday;

        // Each case's whole history as one update, and its schedule on a day within its life, a century later and long before.
        AllValid(CaseCommandJson.UpdateSchema, cases.Select(c => CaseCommandJson.WriteUpdate(new CaseUpdate(c, c.Events))));
        var dates = new[] { new LocalDate(2026, 3, 20), new LocalDate(2200, 12, 31), new LocalDate(1880, 1, 1) };
        AllValid(CaseScheduleJson.Schema, cases.SelectMany(c => dates.Select(d => CaseScheduleJson.WriteSchedule(c, c.Schedule(policy, calendar), d))));
        AllValid(CaseScheduleJson.AccountabilitySchema, dates.Select(d => CaseScheduleJson.WriteAccountability(Supervision.Accountability(cases, policy, calendar, d))));
    }

    [Theory]
    [InlineData("\"19.99\"", true)]
    [InlineData("\"0\"", true)]
    [InlineData("\"0.5\"", true)]
    [InlineData("\"10000000000.00\"", true)]
    [InlineData("\"10000000000.01\"", false)]
    [InlineData("\"99999999999\"", false)]
    [InlineData("\"1200.005\"", false)]
    [InlineData("\"-1.00\"", false)]
    [InlineData("\"01.00\"", false)]
    [InlineData("\"1e3\"", false)]
    [InlineData("\"\"", false)]
    [InlineData("19.99", false)]
    public void AnAmount_IsValidExactlyWhenTheReaderTakesIt(string amount, bool valid)
    {
        var json = $$"""{"schema":"domainkit/household@2","members":[{"relation":"applicant","birthDate":"1970-01-01","incomes":[{"kind":"wages","amount":{{amount}}}]}]}""";
        Assert.Equal(valid, Validate(HouseholdJson.Schema, json));
        Assert.Equal(valid, HouseholdJson.Parse(json).IsSuccess);
    }

    [Fact]
    public void TheFirstVersionsSchema_TakesAnAmountOfNineteenNinetyNine_ThatMultipleOfRefused()
    {
        const string Json = """{"schema":"domainkit/household@1","members":[{"relation":"applicant","birthDate":"1970-01-01","incomes":[{"kind":"wages","amount":19.99}]}]}""";
        Assert.True(Validate(HouseholdJson.FirstSchema, Json));
        Assert.True(HouseholdJson.Parse(Json).IsSuccess);
    }

    private static IEnumerable<AssistanceCase> CaseStateMachineTestCases() => DomainKit.Tests.Assistance.CaseStateMachineTest.SampleCases();

    private static void AllValid(string contract, IEnumerable<string> documents)
    {
        var invalid = documents.AsParallel().Where(json => !Validate(contract, json)).Take(3).ToList();
        Assert.True(invalid.Count == 0, $"{contract}: {string.Join("\n", invalid.Select(json => Problems(contract, json)))}");
    }

    /// <summary>Fails with every problem the validator lists when a document does not satisfy its contract's schema.</summary>
    internal static void AssertValid(string contract, string json) => Assert.True(Validate(contract, json), $"{contract}: {Problems(contract, json)}");

    internal static bool Validate(string contract, string json)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaOf(contract).Evaluate(document.RootElement).IsValid;
    }

    internal static string Problems(string contract, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = SchemaOf(contract).Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = OutputFormat.List });
        return string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
    }

    private static JsonSchema SchemaOf(string contract) => Built[contract];
}
