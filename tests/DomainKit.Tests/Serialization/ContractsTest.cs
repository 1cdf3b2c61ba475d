using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Cli;
using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using DomainKit.Validation;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Serialization;

/// <summary>
/// The contract types, the stored schemas and the library's own readers and writers describe one and the same JSON:
/// the schemas in docs/schemas/ are what the types generate, and whatever the writers write reads into the contract
/// types strictly and writes back to the same JSON.
/// </summary>
public class ContractsTest
{
    private static readonly string Schemas = Path.Combine(AppContext.BaseDirectory, "Repository", "schemas");
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");
    private static readonly LocalDate Date = new(2026, 3, 1);

    [Fact]
    public void TheStoredSchemas_AreWhatTheTypesGenerate()
    {
        foreach (var contract in ContractSchemas.Contracts)
        {
            var file = Path.Combine(Schemas, ContractSchemas.FileName(contract));
            Assert.True(File.Exists(file), $"docs/schemas/{ContractSchemas.FileName(contract)} is missing; run: domainkit schema --out docs/schemas");
            Assert.True(
                File.ReadAllText(file) == ContractSchemas.Generate(contract),
                $"The contract types of {contract} and docs/schemas/{ContractSchemas.FileName(contract)} have drifted apart; run: domainkit schema --out docs/schemas");
        }

        Assert.Equal(ContractSchemas.Contracts.Select(ContractSchemas.FileName).Order(StringComparer.Ordinal), Directory.GetFiles(Schemas).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EverySchema_NamesItsContract_AndClosesEveryObject()
    {
        foreach (var contract in ContractSchemas.Contracts)
        {
            var schema = JsonNode.Parse(ContractSchemas.Generate(contract))!;
            Assert.Equal(contract, schema["properties"]!["schema"]!["const"]!.GetValue<string>());
            Assert.Contains("schema", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
            foreach (var node in Objects(schema).Where(o => o["properties"] is not null && o["anyOf"] is null))
            {
                Assert.False(node["additionalProperties"]!.GetValue<bool>());
            }
        }
    }

    [Fact]
    public void ContractsCarryTheirVersion()
    {
        Assert.All(ContractSchemas.Contracts, c => Assert.Matches(@"^domainkit/[a-z-]+@\d+$", c));
        Assert.Throws<ArgumentException>(() => ContractSchemas.Generate("domainkit/household@3"));
    }

    [Fact]
    public void Households_WrittenByTheLibrary_ReadIntoTheContractAndBack()
    {
        var written = SyntheticPopulation.Stream(300, 17).Select(HouseholdJson.Write)
            .Concat(Directory.GetFiles(Examples, "*.json").Select(File.ReadAllText).Where(json => json.Contains(HouseholdDocument.SchemaName, StringComparison.Ordinal) && HouseholdJson.Parse(json).IsSuccess))
            .ToList();
        Assert.True(written.Count > 300);
        Assert.All(written, json => RoundTrips(json, ContractJsonContext.Default.HouseholdDocument));
    }

    [Fact]
    public void PolicySets_WrittenByTheLibrary_ReadIntoTheContractAndBack() =>
        Assert.All(PolicySets.BundledIds, id => RoundTrips(PolicySetJson.Write(PolicySets.Bundled(id).Value), ContractJsonContext.Default.PolicySetDocument));

    [Fact]
    public void Decisions_InBothLanguages_ReadIntoTheContractAndBack()
    {
        foreach (var household in SyntheticPopulation.Stream(100, 3))
        {
            var decision = Dibao.Decide(household, PolicySets.ZhifuPilot, Date).Value;
            RoundTrips(DibaoDecisionJson.Write(decision, Language.English), ContractJsonContext.Default.DibaoDecisionDocument);
            RoundTrips(DibaoDecisionJson.Write(decision, Language.ChineseSimplified), ContractJsonContext.Default.DibaoDecisionDocument);
        }
    }

    [Fact]
    public void ValidationErrors_ReadIntoTheContractAndBack()
    {
        var errors = HouseholdJson.Parse(File.ReadAllText(Path.Combine(Examples, "invalid-household.json"))).ValidationErrors;
        Assert.NotEmpty(errors);
        RoundTrips(ValidationErrorsJson.Write(errors), ContractJsonContext.Default.ValidationErrorsDocument);
    }

    [Fact]
    public void CaseHistories_HoldingEveryKindOfEvent_ReadIntoTheContractAndBack()
    {
        var cases = CaseStateMachineTest.SampleCases().ToList();
        var kinds = cases.SelectMany(c => c.Events).Select(e => e.GetType()).Distinct().Count();
        Assert.Equal(typeof(CaseEvent).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(CaseEvent)) && !t.IsAbstract), kinds);
        Assert.All(cases, c => RoundTrips(CaseEventJson.WriteHistory(c.Events), ContractJsonContext.Default.CaseHistoryDocument));
        RoundTrips(File.ReadAllText(Path.Combine(Examples, "case-history.json")), ContractJsonContext.Default.CaseHistoryDocument);
    }

    [Fact]
    public void CaseUpdatesSchedulesAndAccountability_ReadIntoTheContractAndBack()
    {
        var cases = CaseStateMachineTest.SampleCases().ToList();
        var policy = CaseTestKit.Policy;
        var asOf = new LocalDate(2026, 3, 20);
        Assert.All(cases, c =>
        {
            RoundTrips(CaseCommandJson.WriteUpdate(new CaseUpdate(c, c.Events)), ContractJsonContext.Default.CaseUpdateDocument);
            RoundTrips(CaseScheduleJson.WriteSchedule(c, c.Schedule(policy, WorkingDayCalendar.MondayToFriday), asOf), ContractJsonContext.Default.CaseScheduleDocument);
        });
        var report = Supervision.Accountability(cases, policy, WorkingDayCalendar.MondayToFriday, asOf);
        Assert.NotEmpty(report.Lines);
        RoundTrips(CaseScheduleJson.WriteAccountability(report), ContractJsonContext.Default.AccountabilityDocument);
    }

    [Fact]
    public void TheCadreExample_IsValid_AndReadsIntoTheContractAndBack()
    {
        var json = File.ReadAllText(Path.Combine(Examples, "cadre.json"));
        Assert.True(CadreJson.Parse(json).IsSuccess);
        RoundTrips(json, ContractJsonContext.Default.CadreDocument);
    }

    [Fact]
    public void TheToolsAssessments_ReadIntoTheContractAndBack()
    {
        var (code, entitlements, _) = Run("assess", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01", "--json");
        Assert.Equal(0, code);
        RoundTrips(entitlements, ContractJsonContext.Default.EntitlementsDocument);
        (code, var cadre, _) = Run("assess", Path.Combine(Examples, "cadre.json"), "--date", "2026-03-01", "--policy", "shaanxi-2016", "--json", "--lang", "zh-CN");
        Assert.Equal(0, code);
        RoundTrips(cadre, ContractJsonContext.Default.CadreAssessmentDocument);
    }

    [Fact]
    public void ReviewResults_ReadIntoTheContractAndBack()
    {
        var input = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.csv");
        Assert.Equal(0, Run("generate", "--households", "200", "--format", "csv", "--out", input).Code);
        Assert.Equal(0, Run("review", input, "--out", input + ".jsonl", "--date", "2026-03-01").Code);
        var lines = File.ReadAllLines(input + ".jsonl");
        Assert.Equal(200, lines.Length);
        Assert.All(lines, line => RoundTrips(line, ContractJsonContext.Default.ReviewResultDocument));
    }

    [Theory]
    [InlineData("""{"schema":"domainkit/household@1","members":[],"colour":1}""")]
    [InlineData("""{"schema":"domainkit/household@1"}""")]
    [InlineData("""{"schema":"domainkit/household@1","members":[{"relation":"cousin","birthDate":"1980-01-01"}]}""")]
    [InlineData("""{"schema":"domainkit/household@1","members":[{"relation":"applicant","birthDate":"1980-02-30"}]}""")]
    [InlineData("""{"schema":"domainkit/household@1","schema":"domainkit/household@1","members":[]}""")]
    public void TheContractTypes_AreStrictToo(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, ContractJsonContext.Default.HouseholdDocument));

    [Fact]
    public void AReviewLine_WrittenByTheLibrary_IsTheToolsLine_AndReadsIntoTheContract()
    {
        // The sample household: dibao 950 × 3 − 18000 ÷ 12 = 1350 a month, nothing else.
        var household = HouseholdJson.Parse(File.ReadAllText(Path.Combine(Examples, "eligible.json"))).Value;
        var assessment = HouseholdAssessment.Decide(HouseholdClaims.Of(household), PolicySets.ZhifuPilot, Date).Value.Assessment;
        Assert.Equal(
            """{"schema":"domainkit/review-result@2","line":3,"household":"h-7","qualifying":["dibao"],"monthlyCash":"1350.00","dibaoMonthly":"1350.00","singleMemberDibaoMonthly":"0.00","medicalAssistance":"0.00"}""",
            ReviewResultJson.Write(assessment, 3, "h-7"));
        RoundTrips(ReviewResultJson.Write(assessment, 1, null), ContractJsonContext.Default.ReviewResultDocument);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewResultJson.Write(assessment, 0, null));

        var input = Path.Combine(Path.GetTempPath(), $"line-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(input, HouseholdJson.Write(household).ReplaceLineEndings(string.Empty) + "\n");
            Assert.Equal(0, Run("review", input, "--out", input + ".out", "--date", "2026-03-01").Code);
            Assert.Equal(ReviewResultJson.Write(assessment, 1, null), File.ReadAllText(input + ".out").TrimEnd('\n'));
        }
        finally
        {
            File.Delete(input);
            File.Delete(input + ".out");
        }
    }

    [Fact]
    public void ACadresAssessment_WrittenByTheLibrary_IsWhatTheToolWrites()
    {
        var cadre = CadreJson.Parse(File.ReadAllText(Path.Combine(Examples, "cadre.json"))).Value;
        var year = cadre.Assessments[^1].Year;
        var written = CadreAssessmentJson.Write(cadre, year, PolicySets.Bundled("shaanxi-2016").Value, Date, Language.ChineseSimplified).Value;
        var (code, output, _) = Run("assess", Path.Combine(Examples, "cadre.json"), "--date", "2026-03-01", "--policy", "shaanxi-2016", "--json", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Equal(written.TrimEnd(), output.TrimEnd());
        RoundTrips(written, ContractJsonContext.Default.CadreAssessmentDocument);

        // A policy without the cadre parameters cannot assess a cadre: Invalid, not an exception.
        var dibaoOnly = PolicySetJson.Parse("""
            { "schema": "domainkit/policy-set@1", "id": "dibao-only", "name": "Dibao only", "version": "1",
              "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2020-01-01", "value": 900.00, "source": "illustrative", "citation": "test" } ] } } }
            """).Value;
        Assert.Contains(DomainKit.Validation.ErrorCodes.ParameterMissing, CadreAssessmentJson.Write(cadre, year, dibaoOnly, Date, Language.English).ValidationErrors.Select(e => e.ErrorCode));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(DomainKit.Tests.Generators.DomainArbitraries)])]
    public void AHouseholdsDocument_MapsBackToTheSameHousehold(Household household)
    {
        var mapped = HouseholdDocument.From(household).ToHousehold();
        Assert.True(mapped.IsSuccess);
        Assert.Equal(HouseholdJson.Write(household), HouseholdJson.Write(mapped.Value));
    }

    [Fact]
    public void ATypedDocument_IsCheckedAsTheReaderChecksItsText()
    {
        var document = HouseholdDocument.From(HouseholdJson.Parse(File.ReadAllText(Path.Combine(Examples, "eligible.json"))).Value);
        var applicant = document.Members[0];
        var broken = document with
        {
            Schema = "domainkit/household@9",
            Members = [applicant with { Incomes = [applicant.Incomes!.Value[0] with { Amount = 1200.005m }] }, applicant, .. document.Members[1..]],
        };
        var errors = broken.ToHousehold().ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).ToList();
        Assert.Contains(("schema", DomainKit.Validation.ErrorCodes.UnsupportedSchema), errors);
        Assert.Contains(("members[0].incomes[0].amount", DomainKit.Validation.ErrorCodes.MoneyNotExact), errors);
        Assert.Equal(
            (document with { Members = [applicant, applicant] }).ToHousehold().ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)),
            HouseholdJson.Parse(JsonSerializer.Serialize(document with { Members = [applicant, applicant] }, ContractJsonContext.Default.HouseholdDocument)).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));

        var claims = HouseholdClaimsJson.Parse(File.ReadAllText(Path.Combine(Examples, "claims.json"))).Value;
        Assert.Equal(HouseholdClaimsJson.Write(claims), HouseholdClaimsJson.Write(HouseholdClaimsDocument.From(claims).ToClaims().Value));
        var badBill = HouseholdClaimsDocument.From(claims) with { Bills = [HouseholdClaimsDocument.From(claims).Bills!.Value[0] with { MemberIndex = 9 }] };
        Assert.Contains(("bills[0].memberIndex", DomainKit.Validation.ErrorCodes.OutOfRange), badBill.ToClaims().ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));
    }

    [Fact]
    public void TheRegistryExample_ReadsIntoTheContractAndBack() =>
        RoundTrips(File.ReadAllText(Path.Combine(Examples, "regions", "registry.json")), ContractJsonContext.Default.PolicyRegistryDocument);

    private static void RoundTrips<T>(string json, JsonTypeInfo<T> contract)
    {
        var document = JsonSerializer.Deserialize(json, contract)!;
        var again = JsonSerializer.Serialize(document, contract);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(again)), $"The contract type {typeof(T).Name} does not give back what the library wrote:\n{json}\n---\n{again}");
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => p.Value is null ? [] : Objects(p.Value))],
        JsonArray a => a.SelectMany(n => n is null ? [] : Objects(n)),
        _ => [],
    };
}
