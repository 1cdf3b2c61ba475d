using System.Text.Json;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Assistance;

/// <summary>The one window from JSON alone: a household with its bills and claims in, every programme decided out.</summary>
public sealed class HouseholdClaimsJsonTest
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "claims.json");
    private static readonly LocalDate Date = new(2026, 3, 1);

    [Fact]
    public void TheExample_DecidesEveryProgramme_WithTheBillPaidAsTheSpecificationComputesIt()
    {
        var claims = HouseholdClaimsJson.Parse(File.ReadAllText(Example)).Value;
        var entitlements = HouseholdAssessment.Decide(claims, PolicySets.ZhifuPilot, Date).Value;

        // DB-02: 950 × 3 − 18000 ÷ 12 = 2850 − 1500 = 1350 a month.
        Assert.Equal(Money.FromYuan(1_350m), entitlements.Dibao.MonthlyBenefit);

        // MA-01/MA-02: a dibao household, no deductible; (52000 − 2000 − 30000 − 5000) × 70 % = 10500, under the cap of 20000.
        Assert.Equal(Money.FromYuan(10_500m), Assert.Single(entitlements.Medical).Amount);

        // EX-01: a dibao household is not an expenditure-hardship one; temporary and education need local values.
        Assert.False(entitlements.Expenditure!.Assessment.IsEligible);
        Assert.Contains(Programme.TemporaryAssistance, entitlements.NotSet.Keys);
        Assert.Contains(Programme.EducationAssistance, entitlements.NotSet.Keys);

        var json = JsonDocument.Parse(EntitlementsJson.Write(entitlements, Language.ChineseSimplified)).RootElement;
        var medical = json.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("programme").GetString() == "medicalAssistance");
        Assert.Equal("10500.00", medical.GetProperty("amount").GetString());
        Assert.Equal(0, medical.GetProperty("bill").GetInt32());
        Assert.True(medical.GetProperty("qualifies").GetBoolean());
        Assert.Equal("1350.00", json.GetProperty("monthlyCash").GetString());
        Assert.Equal(["dibao", "medicalAssistance"], json.GetProperty("qualifying").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public void TheTool_AssessesClaims_AndWritesWhatTheLibraryWrites()
    {
        var (code, output, _) = Run("assess", Example, "--date", "2026-03-01", "--json", "--lang", "zh-CN");
        Assert.Equal(0, code);
        var expected = EntitlementsJson.Write(HouseholdAssessment.Decide(HouseholdClaimsJson.Parse(File.ReadAllText(Example)).Value, PolicySets.ZhifuPilot, Date).Value, Language.ChineseSimplified);
        Assert.Equal(expected.TrimEnd(), output.TrimEnd());
    }

    [Fact]
    public void ClaimsWrittenByTheLibrary_ReadBackTheSame()
    {
        var count = 0;
        foreach (var claims in SyntheticPopulation.StreamClaims(500, 5, everyProgramme: true))
        {
            var written = HouseholdClaimsJson.Write(claims);
            var read = HouseholdClaimsJson.Parse(written);
            Assert.True(read.IsSuccess, written);
            Assert.Equal(written, HouseholdClaimsJson.Write(read.Value));
            Assert.Equal(HouseholdAssessment.Decide(claims, PolicySets.ZhifuPilot, Date).Value.Assessment, HouseholdAssessment.Decide(read.Value, PolicySets.ZhifuPilot, Date).Value.Assessment);
            count += claims.Bills.Length;
        }

        Assert.True(count > 100);
    }

    public static TheoryData<string, string, string> BadClaims => new()
    {
        { """{"bills":[{"memberIndex":0,"totalCost":52000}]}""", "bills[0].totalCost", ErrorCodes.JsonWrongType },
        { """{"bills":[{"memberIndex":0,"totalCost":"52000.001"}]}""", "bills[0].totalCost", ErrorCodes.MoneyNotExact },
        { """{"bills":[{"memberIndex":7,"totalCost":"100.00"}]}""", "bills[0].memberIndex", ErrorCodes.OutOfRange },
        { """{"bills":[{"memberIndex":0,"totalCost":"100.00","alreadyPaidThisYear":["1.00",2]}]}""", "bills[0].alreadyPaidThisYear[1]", ErrorCodes.JsonWrongType },
        { """{"bills":[{"memberIndex":0,"totalCost":"100.00","diagnosis":"x"}]}""", "bills[0]", ErrorCodes.JsonUnknownProperty },
        { """{"temporary":{"type":"expenditure","suddenCost":"100.00","need":"medical"}}""", "temporary.severity", ErrorCodes.Required },
        { """{"expenditure":{"medicalSpending":"-1.00"}}""", "expenditure.medicalSpending", ErrorCodes.OutOfRange },
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public void ABadClaim_IsRefusedAtItsPath(string claimsPart, string path, string code)
    {
        var household = """{"schema":"domainkit/household@2","members":[{"relation":"applicant","birthDate":"1970-01-01"}]}""";
        var json = $$"""{"schema":"domainkit/claims@1","household":{{household}},{{claimsPart[1..]}}""";
        var result = HouseholdClaimsJson.Parse(json);
        Assert.Contains((path, code), result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)));
        Assert.DoesNotContain("52000", string.Join(" ", result.ValidationErrors.Select(e => e.ErrorMessage)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheHouseholdsOwnErrors_AreNamedUnderHousehold_AndTheContractIsChecked()
    {
        var result = HouseholdClaimsJson.Parse("""{"schema":"domainkit/claims@2","household":{"schema":"domainkit/household@2","members":[{"relation":"applicant","birthDate":"1970-02-30"}]}}""");
        Assert.Equal([("household.members[0].birthDate", ErrorCodes.DateInvalid), ("schema", ErrorCodes.UnsupportedSchema)], result.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)).Order());
        Assert.Equal(ErrorCodes.JsonMalformed, Assert.Single(HouseholdClaimsJson.Parse("{\"schema\":").ValidationErrors).ErrorCode);
    }
}
