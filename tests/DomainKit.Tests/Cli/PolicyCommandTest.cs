using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary><c>domainkit policy list|show</c>: the bundled sets, and every parameter's dated history with its provenance.</summary>
public class PolicyCommandTest
{
    [Fact]
    public void List_NamesEveryBundledSet()
    {
        var (code, output, _) = Run("policy", "list");
        Assert.Equal(0, code);
        Assert.Equal(["national-baseline", "zhifu-pilot", "shaanxi-2016"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void Show_GivesEachParametersHistory_MarksTheValueInEffect_AndNamesWhatIsNotSet()
    {
        var (code, output, _) = Run("policy", "show", "zhifu-pilot", "--date", "2024-06-30");
        Assert.Equal(0, code);
        Assert.Contains("dibaoStandardMonthly (DB-01, yuan/month)", output, StringComparison.Ordinal);
        Assert.Contains("  * from 2014-05-01: ¥560.00 (illustrative:", output, StringComparison.Ordinal);
        Assert.Contains("    from 2024-07-01: ¥950.00 (illustrative:", output, StringComparison.Ordinal);
        Assert.Contains("Not set: ", output, StringComparison.Ordinal);
        Assert.Contains("educationStandards", output.Split("Not set: ")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_AsJson_IsAPolicyFileThatReadsBack()
    {
        var (code, output, _) = Run("policy", "show", "shaanxi-2016", "--json");
        Assert.Equal(0, code);
        Assert.True(DomainKit.Policies.PolicySetJson.Parse(output).IsSuccess);
    }

    [Fact]
    public void Show_AnUnknownPolicyOrDate_IsOneClearLineAndExitTwo()
    {
        Assert.Equal(2, Run("policy", "show", "nowhere").Code);
        var (code, _, error) = Run("policy", "show", "zhifu-pilot", "--date", "2026-02-30");
        Assert.Equal(2, code);
        Assert.Equal("error: --date: the date must exist, be written yyyy-MM-dd and lie between 1949-01-01 and 2200-12-31.", error.Trim());
    }
}
