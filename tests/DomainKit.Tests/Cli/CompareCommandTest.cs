using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary><c>domainkit compare</c>: the reform comparison of a population file as a table and as CSV.</summary>
public sealed class CompareCommandTest : IDisposable
{
    private readonly TemporaryFiles temporary = new("compare-");

    public void Dispose() => temporary.Dispose();

    private string Population(int households)
    {
        var file = temporary.Path(".jsonl");
        Assert.Equal(0, Run("generate", "--households", households.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "11", "--out", file).Code);
        return file;
    }

    /// <summary>
    /// A JSON-lines caseload of survey households (weights 0.25 to 3, regions, some lines plain household documents):
    /// compare --json writes exactly the library's report of the same weighted population, and its population is the
    /// sum of the weights, worked out here.
    /// </summary>
    [Fact]
    public void AWeightedJsonLinesCaseload_IsComparedWithItsWeightsAndRegions()
    {
        string[] weights = ["1", "0.25", "3", "1.5", "2.0001"];
        string?[] regions = [null, "370602", "110101"];
        var lines = File.ReadAllLines(Population(300));
        var population = new List<SurveyHousehold>();
        var caseload = new List<string>();
        var weightSum = 0m;
        for (var i = 0; i < lines.Length; i++)
        {
            var household = HouseholdJson.Parse(lines[i]).Value;
            if (i % 7 == 0)
            {
                // A plain household document stands for itself, in no division.
                caseload.Add(lines[i]);
                population.Add(SurveyHousehold.Of(HouseholdClaims.Of(household)));
                weightSum += 1m;
                continue;
            }

            var weight = decimal.Parse(weights[i % weights.Length], System.Globalization.CultureInfo.InvariantCulture);
            RegionCode? region = regions[i % regions.Length] is { } named ? RegionCode.Parse(named).Value : null;
            caseload.Add(System.Text.Json.Nodes.JsonNode.Parse(SurveyHouseholdJson.Write(household, weight, region))!.ToJsonString());
            population.Add(SurveyHousehold.Create(HouseholdClaims.Of(household), weight, region).Value);
            weightSum += weight;
        }

        var input = temporary.Path(".jsonl");
        File.WriteAllLines(input, caseload);
        var json = temporary.Path(".json");
        var (code, _, error) = Run("compare", input, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--json", json);
        Assert.True(code == 0, error);

        var date = new LocalDate(2026, 3, 1);
        var (baseline, reform) = DomainKit.Cli.CompareCommand.Policies("zhifu-pilot", null, ["dibaoStandardMonthly=1000.00"], date);
        var expected = ReformComparison.Compare(population, baseline.Value, reform.Value, date, ReformComparisonOptions.Default).Value;
        Assert.Equal(ReformReportJson.Write(expected, baseline.Value, reform.Value), File.ReadAllText(json));
        Assert.Equal(weightSum, expected.Population.Households);
        Assert.Equal(["110101", "370602"], expected.Regions.Select(r => r.Region.Value));

        // review reads the same lines, each household as the document it carries.
        var results = temporary.Path(".jsonl");
        var reviewed = Run("review", input, "--out", results, "--date", "2026-03-01");
        Assert.True(reviewed.Code == 0, reviewed.Error);
        Assert.Equal(lines.Length, File.ReadAllLines(results).Length);
    }

    [Fact]
    public void TheTableAndTheCsv_AgreeWithTheLibrarysComparison()
    {
        var input = Population(2_000);
        var csv = temporary.Path(".csv");
        var (code, output, _) = Run("compare", input, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--csv", csv);
        Assert.Equal(0, code);

        var date = new LocalDate(2026, 3, 1);
        var reform = PolicySets.ZhifuPilot.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), date);
        var caseload = File.ReadLines(input).Select(l => HouseholdClaims.Of(HouseholdJson.Parse(l).Value));
        var expected = ReformComparison.Compare(caseload, PolicySets.ZhifuPilot, reform, date).Value;
        Assert.Contains($"winners {expected.Winners} (gain {expected.TotalGain}), losers {expected.Losers}", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("table,name,eligibleBefore,eligibleAfter,newlyEligible,noLongerEligible,amountBeforeYuan,amountAfterYuan,changeYuan,amountBasis,budgetYuanPerYear,costBeforeYuanPerYear,costAfterYuanPerYear,headroomAfterYuanPerYear,overBudget", rows[0]);
        Assert.All(rows, row => Assert.Equal(15, row.Split(',').Length));
        var dibao = rows.Single(l => l.StartsWith("programme,dibao,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(expected[Programme.Dibao].EligibleAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), dibao[3]);
        Assert.Equal(expected[Programme.Dibao].AmountAfter.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), dibao[7]);
        Assert.Equal("perMonth", dibao[9]);
        Assert.Equal("once", rows.Single(l => l.StartsWith("programme,temporaryAssistance,", StringComparison.Ordinal)).Split(',')[9]);
        var medical = rows.Single(l => l.StartsWith("fund,medicalAssistance,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("3000000.00", medical[10]);
        Assert.Equal(expected.Funds.Single(f => f.Fund == Fund.MedicalAssistance).CostAfter.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), medical[12]);
        Assert.Equal("false", medical[14]);
    }

    [Fact]
    public void TheJsonReport_IsTheReformReportContract_WithTheHandWorkedFigures()
    {
        // The four households of the HTTP API guide: dibao 1,350 + 450 a month before, 1,500 + 500 + 25 after.
        var input = Path.Combine(RepositoryRoot.Path, "docs", "examples", "caseload.jsonl");
        var json = temporary.Path(".json");
        var (code, _, error) = Run("compare", input, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--json", json);
        Assert.True(code == 0, error);
        var text = File.ReadAllText(json);
        Serialization.StandardValidatorTest.AssertValid(ReformReportJson.Schema, text);
        var report = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.Equal(4, report["households"]!.GetValue<long>());
        Assert.Equal("2700.00", report["totalGain"]!.GetValue<string>());
        var dibao = report["programmes"]!.AsArray().Single(p => p!["programme"]!.GetValue<string>() == "dibao")!;
        Assert.Equal("1800.00", dibao["amountBefore"]!.GetValue<string>());
        Assert.Equal("2025.00", dibao["amountAfter"]!.GetValue<string>());
        Assert.Equal(1, dibao["newlyEligible"]!.GetValue<long>());
        Assert.Equal(PolicySets.ZhifuPilot.ContentHash, report["baseline"]!["contentHash"]!.GetValue<string>());

        // The report never takes the place of the households it was computed from.
        var copy = temporary.Path(".jsonl");
        File.Copy(input, copy);
        var before = File.ReadAllBytes(copy);
        Assert.NotEqual(0, Run("compare", copy, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--json", copy).Code);
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void AReformMustBeSaid_AndABadAssignmentNamesItsParameter()
    {
        var input = Population(3);
        Assert.Equal("error: --reform or --set: say what the reform is.", Run("compare", input, "--base", "zhifu-pilot", "--date", "2026-03-01").Error.Trim());
        var (code, _, error) = Run("compare", input, "--base", "zhifu-pilot", "--set", "dibaoStandard=1", "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.StartsWith("error: parameters.dibaoStandard:", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("compare", input, "--base", "national-baseline", "--reform", "zhifu-pilot", "--date", "2026-03-01").Code);
    }
}
