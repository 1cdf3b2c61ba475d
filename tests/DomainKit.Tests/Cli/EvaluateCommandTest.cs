using System.Text.Json;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

public class EvaluateCommandTest
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Repository", "examples", name);

    [Theory]
    [InlineData("eligible.json", "Eligible for dibao: ¥1350.00 per month (2026-03-01, policy zhifu-pilot).")]
    [InlineData("just-below-line.json", "Eligible for dibao: ¥0.02 per month (2026-03-01, policy zhifu-pilot).")]
    [InlineData("at-the-line.json", "Not eligible for dibao (2026-03-01, policy zhifu-pilot).")]
    [InlineData("excluded-member.json", "Eligible for dibao: ¥900.00 per month (2026-03-01, policy zhifu-pilot).")]
    [InlineData("excluded-income.json", "Eligible for dibao: ¥1000.00 per month (2026-03-01, policy zhifu-pilot).")]
    [InlineData("property-test-fails.json", "Not eligible for dibao (2026-03-01, policy zhifu-pilot).")]
    public void Evaluate_Samples_PrintTheExpectedDecision(string file, string summary)
    {
        var (exit, output, error) = Run("evaluate", Example(file), "--date", "2026-03-01");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith(summary, output, StringComparison.Ordinal);
        Assert.Contains("[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_PrintsTheDecisionContract()
    {
        var (exit, output, _) = Run("evaluate", Example("eligible.json"), "--date", "2026-03-01", "--json", "--lang", "zh-CN");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("domainkit/dibao-decision@2", root.GetProperty("schema").GetString());
        Assert.Equal("eligible", root.GetProperty("outcome").GetString());
        Assert.Equal("1350.00", root.GetProperty("monthlyBenefit").GetString());
        Assert.Equal("zh-CN", root.GetProperty("language").GetString());
        Assert.Contains("DB-01", root.GetProperty("citedRules").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Evaluate_NationalBaselineAndPolicyFile_AreBothAccepted()
    {
        Assert.StartsWith("Eligible for dibao: ¥900.00", Run("evaluate", Example("eligible.json"), "--date", "2026-03-01", "--policy", "national-baseline").Output, StringComparison.Ordinal);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, DomainKit.Policies.PolicySetJson.Write(DomainKit.Policies.PolicySets.NationalBaseline));
            Assert.Equal(0, Run("evaluate", Example("eligible.json"), "--date", "2026-03-01", "--policy", file).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_InvalidHousehold_Exits2_WithEachErrorsPathOnStandardError()
    {
        var (exit, output, error) = Run("evaluate", Example("invalid-household.json"), "--date", "2026-03-01");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("members[0].birthDate", error, StringComparison.Ordinal);
        Assert.Contains("members[0].incomes[0].amount", error, StringComparison.Ordinal);
        Assert.Contains("members[1].relation", error, StringComparison.Ordinal);
        Assert.Contains("members[1]: An unknown property; expected only these: relation, birthDate,", error, StringComparison.Ordinal);
        Assert.DoesNotContain("monthlyIncome", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidHouseholdAsJson_WritesTheErrorsContract()
    {
        var (exit, _, error) = Run("evaluate", Example("invalid-household.json"), "--json");
        Assert.Equal(2, exit);
        using var document = JsonDocument.Parse(error);
        Assert.Equal("domainkit/errors@1", document.RootElement.GetProperty("schema").GetString());
        Assert.Contains(document.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "money.notExact");
    }

    [Theory]
    [InlineData("--date", "2026-02-30")]
    [InlineData("--date", "2010-01-01")]
    [InlineData("--lang", "fr")]
    [InlineData("--policy", "atlantis")]
    public void Evaluate_BadOption_Exits2(string option, string value)
    {
        var (exit, output, error) = Run("evaluate", Example("eligible.json"), option, value);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFile_Exits2() =>
        Assert.Equal(2, Run("evaluate", Example("no-such-file.json")).Code);

    [Fact]
    public void Evaluate_UnknownOptionOrMissingArgument_Exits2()
    {
        Assert.Equal(2, Run("evaluate").Code);
        Assert.Equal(2, Run("evaluate", Example("eligible.json"), "--colour").Code);
    }

    [Fact]
    public void Help_DescribesEveryOption()
    {
        var (exit, output, _) = Run("evaluate", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--policy", "--date", "--lang", "--json" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
