using System.Text.Json;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary><c>domainkit assess FILE</c>: a household's every programme, or a cadre's year, as text or JSON.</summary>
public class AssessCommandTest
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");

    [Fact]
    public void AHousehold_GetsEveryProgrammesSummary_AndWhatThePolicyDoesNotSet()
    {
        var (code, output, _) = Run("assess", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.StartsWith("Eligible for dibao: ¥1350.00 per month", output, StringComparison.Ordinal);
        Assert.Contains("Education assistance: not assessed; the policy does not set educationStandards", output, StringComparison.Ordinal);
        Assert.Contains("[pass] DB-01", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "== Dibao ==", "== Extreme poverty ==")]
    [InlineData("zh-CN", "== 最低生活保障 ==", "== 特困人员供养 ==")]
    public void AHousehold_IsExplainedUnderAHeadingPerProgramme_AfterTheSummaries(string language, string dibao, string extremePoverty)
    {
        var (code, output, _) = Run("assess", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01", "--lang", language);
        Assert.Equal(0, code);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var dibaoAt = Array.IndexOf(lines, dibao);
        Assert.True(dibaoAt > 0, output);
        // The summaries come first, then each programme's heading is followed by its own summary and its steps.
        Assert.Equal(lines[0], lines[dibaoAt + 1]);
        Assert.StartsWith("[", lines[dibaoAt + 2], StringComparison.Ordinal);
        Assert.True(Array.IndexOf(lines, extremePoverty) > dibaoAt);
    }

    [Fact]
    public void AHousehold_AsJson_ListsWhatQualifies_WithEachDecisionExplained()
    {
        var (code, output, _) = Run("assess", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01", "--json", "--lang", "zh-CN");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("domainkit/entitlements@2", root.GetProperty("schema").GetString());
        Assert.Equal(["dibao"], root.GetProperty("qualifying").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("1350.00", root.GetProperty("monthlyCash").GetString());
        Assert.Contains("policy.parameters.educationStandards", root.GetProperty("notSet").GetProperty("educationAssistance").EnumerateArray().Select(e => e.GetString()));
        Assert.StartsWith("符合最低生活保障条件", root.GetProperty("decisions")[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ACadre_GetsTheYearsConsequences_StepDownReview_AndPromotionBars()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cadre-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "schema": "domainkit/cadre@1", "id": "cadre-7",
              "assessments": [ { "year": 2024, "grade": "basicallyCompetent" }, { "year": 2025, "grade": "basicallyCompetent" } ],
              "sanctions": [ { "kind": "warning", "imposedOn": "2026-01-10" } ] }
            """);
        var (code, output, _) = Run("assess", file, "--policy", "shaanxi-2016", "--date", "2026-03-01", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal(["noPromotionThisYear", "downOneLevel"], root.GetProperty("consequences").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["basicallyCompetentYearsRunning"], root.GetProperty("stepDownTriggers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["2026-12-31", "2026-07-09"], root.GetProperty("promotionBars").EnumerateArray().Select(b => b.GetProperty("lastDay").GetString()));
    }

    [Fact]
    public void BadInput_IsOneLinePerProblem_AndExitTwo()
    {
        var (code, _, error) = Run("assess", Path.Combine(Examples, "invalid-household.json"), "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
