using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Policies;

public class PolicySetJsonTest
{
    private const string Header = """
        "schema": "domainkit/policy-set@1", "id": "test-city", "name": "Test city", "version": "1",
        """;

    [Property(MaxTest = 1000, Arbitrary = [typeof(DomainArbitraries)])]
    public bool WriteThenParse_RoundTrips(PolicySet policy, LocalDate date)
    {
        var json = PolicySetJson.Write(policy);
        var read = PolicySetJson.Parse(json);
        if (PolicySets.BundledIds.Contains(policy.Id) && policy.ContentHash != PolicySets.Bundled(policy.Id).Value.ContentHash)
        {
            // An edited preset under the preset's own ID is refused, and nothing else is said about it.
            return read.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).SequenceEqual([("id", ErrorCodes.PolicyIdReserved)]);
        }

        return read.IsSuccess
            && PolicySetJson.Write(read.Value) == json
            && ParameterCatalog.All.OfType<PolicyParameter<Money>>().All(p => SameValue(policy, read.Value, p, date))
            && ParameterCatalog.All.OfType<PolicyParameter<int>>().All(p => SameValue(policy, read.Value, p, date))
            && ParameterCatalog.All.OfType<PolicyParameter<Rate>>().All(p => SameValue(policy, read.Value, p, date))
            && ParameterCatalog.All.OfType<PolicyParameter<DomainKit.Assistance.MedicalAssistanceScheme>>().All(p => SameValue(policy, read.Value, p, date))
            && ParameterCatalog.All.OfType<PolicyParameter<global::DomainKit.EnumSet<global::DomainKit.Assistance.MedicalGroup>>>().All(p => SameValue(policy, read.Value, p, date))
            && ParameterCatalog.All.OfType<PolicyParameter<DomainKit.Assistance.ExpenditureRule>>().All(p => SameValue(policy, read.Value, p, date));
    }

    [Fact]
    public void Parse_ValidFile_ReadsValuesWithProvenance()
    {
        var json = "{" + Header + """
            "parameters": {
              "dibaoStandardMonthly": { "rule": "DB-01", "unit": "yuan/month", "values": [
                { "from": "2025-01-01", "value": 1000.00, "source": "primary", "citation": "Test city notice 2025 No. 1" },
                { "from": "2026-01-01", "value": 1050.50, "source": "primary", "citation": "Test city notice 2026 No. 1" } ] }
            } }
            """;
        var policy = PolicySetJson.Parse(json).Value;
        var value = policy.ValueAt(DibaoParameters.StandardMonthly, new LocalDate(2026, 6, 1)).Value;
        Assert.Equal(Money.FromYuan(1050.50m), value.Value);
        Assert.Equal(new LocalDate(2026, 1, 1), value.EffectiveFrom);
        Assert.Equal(Provenance.Primary("Test city notice 2026 No. 1"), value.Provenance);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { """{ "id": "x" """, "", ErrorCodes.JsonMalformed },
        { "[]", "", ErrorCodes.JsonWrongType },
        { "{" + Header + """ "parameters": { "dibaoStandard": { "values": [] } } }""", "parameters", ErrorCodes.ParameterUnknown },
        { "{" + Header + """ "parameters": {}, "extra": 1 }""", "", ErrorCodes.JsonUnknownProperty },
        { "{" + Header.Replace("policy-set@1", "policy-set@9", StringComparison.Ordinal) + """ "parameters": {} }""", "schema", ErrorCodes.UnsupportedSchema },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2025-02-30", "value": 1, "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[0].from", ErrorCodes.DateInvalid },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2025-01-01", "value": 1.001, "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[0].value", ErrorCodes.MoneyNotExact },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2025-01-01", "value": -5, "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[0].value", ErrorCodes.OutOfRange },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2025-01-01", "value": "900", "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[0].value", ErrorCodes.JsonWrongType },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2025-01-01", "value": 900, "source": "rumour", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[0].source", ErrorCodes.UnknownName },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2025-01-01", "value": 900, "source": "primary" } ] } } }""", "parameters.dibaoStandardMonthly.values[0].citation", ErrorCodes.Required },
        { "{" + Header + """ "parameters": { "assessmentWindowMonths": { "values": [ { "from": "2025-01-01", "value": 1.5, "source": "primary", "citation": "c" } ] } } }""", "parameters.assessmentWindowMonths.values[0].value", ErrorCodes.NotWholeNumber },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "unit": "yuan", "values": [ { "from": "2025-01-01", "value": 900, "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.unit", ErrorCodes.UnknownName },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2026-01-01", "value": 900, "source": "primary", "citation": "c" }, { "from": "2025-01-01", "value": 800, "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[1].from", ErrorCodes.TimelineUnsorted },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [ { "from": "2026-01-01", "value": 900, "source": "primary", "citation": "c" }, { "from": "2026-01-01", "value": 800, "source": "primary", "citation": "c" } ] } } }""", "parameters.dibaoStandardMonthly.values[1].from", ErrorCodes.TimelineDuplicateDate },
        { "{" + Header + """ "parameters": { "dibaoStandardMonthly": { "values": [] }, "dibaoStandardMonthly": { "values": [] } } }""", "parameters.dibaoStandardMonthly", ErrorCodes.JsonDuplicateProperty },
        { "{" + Header + """ "parameters": { "medicalSchemeDibao": { "values": [ { "from": "2025-01-01", "value": { "stages": [ { "name": "basic", "deductible": { "kind": "none" }, "bands": [ { "ratio": 1.5 } ], "annualCap": 100 } ] }, "source": "primary", "citation": "c" } ] } } }""", "parameters.medicalSchemeDibao.values[0].value.stages[0].bands[0].ratio", ErrorCodes.OutOfRange },
        { "{" + Header + """ "parameters": { "medicalSchemeDibao": { "values": [ { "from": "2025-01-01", "value": { "stages": [ { "name": "basic", "deductible": { "kind": "none" }, "bands": [ { "upTo": 500, "ratio": 0.5 }, { "upTo": 400, "ratio": 0.6 }, { "ratio": 0.7 } ], "annualCap": 100 } ] }, "source": "primary", "citation": "c" } ] } } }""", "parameters.medicalSchemeDibao.values[0].value.stages[0].bands[1].upTo", ErrorCodes.TimelineUnsorted },
        { "{" + Header + """ "parameters": { "medicalSchemeDibao": { "values": [ { "from": "2025-01-01", "value": { "stages": [ { "name": "basic", "deductible": { "kind": "none" }, "bands": [ { "upTo": 500, "ratio": 0.5 } ], "annualCap": 100 } ] }, "source": "primary", "citation": "c" } ] } } }""", "parameters.medicalSchemeDibao.values[0].value.stages[0].bands[0].upTo", ErrorCodes.OutOfRange },
        { "{" + Header + """ "parameters": { "medicalSchemeDibao": { "values": [ { "from": "2025-01-01", "value": { "stages": [ { "name": "basic", "deductible": { "kind": "someday" }, "bands": [ { "ratio": 0.5 } ], "annualCap": 100 } ] }, "source": "primary", "citation": "c" } ] } } }""", "parameters.medicalSchemeDibao.values[0].value.stages[0].deductible.kind", ErrorCodes.UnknownName },
        { "{" + Header + """ "parameters": { "medicalSeriousIllnessGroups": { "values": [ { "from": "2025-01-01", "value": ["dibao", "tourists"], "source": "primary", "citation": "c" } ] } } }""", "parameters.medicalSeriousIllnessGroups.values[0].value[1]", ErrorCodes.UnknownName },
        { "{" + Header + """ "parameters": { "maxHomes": { "values": [ { "from": "2025-01-01", "value": 1e40, "source": "primary", "citation": "c" } ] } } }""", "parameters.maxHomes.values[0].value", ErrorCodes.OutOfRange },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadFile_IsInvalidNamingThePathAndTheProblem(string json, string path, string code)
    {
        var result = PolicySetJson.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == path && e.ErrorCode == code);
    }

    private static bool SameValue<T>(PolicySet expected, PolicySet actual, PolicyParameter<T> parameter, LocalDate date)
        where T : notnull
    {
        var left = expected.ValueAt(parameter, date);
        var right = actual.ValueAt(parameter, date);
        return left.IsSuccess == right.IsSuccess && (!left.IsSuccess || left.Value == right.Value);
    }

    [Fact]
    public void AFileThatClaimsABundledSetsId_IsRefused_UnlessItIsThatSet_AndDecisionsNameTheSetsHash()
    {
        var exported = PolicySetJson.Write(PolicySets.ZhifuPilot);
        var same = PolicySetJson.Parse(exported);
        Assert.True(same.IsSuccess);
        Assert.Equal(PolicySets.ZhifuPilot.ContentHash, same.Value.ContentHash);
        Assert.Matches("^sha256:[0-9a-f]{64}$", same.Value.ContentHash);

        // One value changed, everything else (ID, name, version) kept: the forgery a preset's ID would lend authority to.
        var forged = exported.Replace("\"value\": 950,", "\"value\": 1950,", StringComparison.Ordinal);
        Assert.NotEqual(exported, forged);
        var refused = PolicySetJson.Parse(forged);
        Assert.Equal([("id", ErrorCodes.PolicyIdReserved)], refused.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));

        var renamed = PolicySetJson.Parse(forged.Replace("\"id\": \"zhifu-pilot\"", "\"id\": \"zhifu-local\"", StringComparison.Ordinal)).Value;
        Assert.NotEqual(PolicySets.ZhifuPilot.ContentHash, renamed.ContentHash);
        var household = HouseholdJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json"))).Value;
        var decision = Dibao.Decide(household, renamed, new LocalDate(2026, 3, 1)).Value;
        Assert.Equal(("zhifu-local", renamed.Version, renamed.ContentHash), (decision.PolicyId, decision.PolicyVersion, decision.PolicyContentHash));
        Assert.Contains($"\"contentHash\": \"{renamed.ContentHash}\"", DibaoDecisionJson.Write(decision, DomainKit.Explanations.Language.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", "\\n[ok] approved by the minister")]
    [InlineData("version", "1\\u001b[2J")]
    [InlineData("description", "a\\tb")]
    [InlineData("citation", "notice\\r\\nforged line")]
    [InlineData("id", "x\\u0085")]
    [InlineData("name", "\\u007f")]
    [InlineData("description", "\\u2028 a forged line")]
    [InlineData("citation", "a\\u2029")]
    public void ControlCharacters_InANameVersionDescriptionOrCitation_AreRefused(string field, string value)
    {
        var json = PolicySetJson.Write(PolicySets.ZhifuPilot).Replace("\"id\": \"zhifu-pilot\"", "\"id\": \"zhifu-local\"", StringComparison.Ordinal);
        var at = json.IndexOf($"\"{field}\": \"", StringComparison.Ordinal) + field.Length + 5;
        var damaged = json[..at] + value + json[at..];
        var errors = PolicySetJson.Parse(damaged).ValidationErrors.ToList();
        Assert.Contains(errors, e => e.ErrorCode == ErrorCodes.ControlCharacter && e.Identifier.EndsWith(field, StringComparison.Ordinal)
            && e.ErrorMessage == "The text must not hold control characters or line breaks.");
    }
}
