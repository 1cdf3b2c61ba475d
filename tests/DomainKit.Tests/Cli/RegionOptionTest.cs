using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>
/// <c>--region</c> on the deciding commands and on <c>policy show</c>, read from the example registry that ships
/// beside the tool. docs/examples/eligible.json in Zhifu (370602) on 2026-03-01: standard ¥950.00 from the Yantai
/// layer, (950 × 3 × 12 − 18000) ÷ 12 = ¥1350.00 a month; in Laishan (370613) from 2026-07-01, the district's ¥1000.00:
/// (1000 × 3 × 12 − 18000) ÷ 12 = ¥1500.00.
/// </summary>
public class RegionOptionTest
{
    private static readonly string Eligible = Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json");

    [Fact]
    public void Assess_InARegion_DecidesUnderItsLayers_AndCitesTheLayerOfEachValue()
    {
        var (code, output, _) = Run("assess", Eligible, "--region", "370602", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Contains("Eligible for dibao: ¥1350.00 per month (2026-03-01, policy example-zhifu).", output, StringComparison.Ordinal);
        Assert.Contains("parameter dibaoStandardMonthly = ¥950.00 per month, in effect from 2024-07-01 (Yantai city layer (example): illustrative", output, StringComparison.Ordinal);
        Assert.Contains("parameter adultAge = 18 years, in effect from 2014-05-01 (National baseline", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InADistrictWithItsOwnRaise_FollowsTheDateOfTheRaise_InChinese()
    {
        var (before, beforeOutput, _) = Run("evaluate", Eligible, "--region", "370613", "--date", "2026-06-30", "--lang", "zh-CN");
        var (after, afterOutput, _) = Run("evaluate", Eligible, "--region", "370613", "--date", "2026-07-01", "--lang", "zh-CN");
        Assert.Equal((0, 0), (before, after));
        Assert.StartsWith("符合最低生活保障条件：每月 1350.00元", beforeOutput, StringComparison.Ordinal);
        Assert.StartsWith("符合最低生活保障条件：每月 1500.00元", afterOutput, StringComparison.Ordinal);
        Assert.Contains("参数 dibaoStandardMonthly = 1000.00（元/月），自 2026-07-01 起执行（莱山区（示例）：示意值", afterOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("440300", "--region", "policy.region.unknown")]
    [InlineData("37060x", "--region", "policy.region.invalid")]
    public void AnUnknownOrMalformedRegion_IsRefusedAtTheArgument_WithoutEchoingIt(string region, string argument, string errorCode)
    {
        var (code, output, error) = Run("evaluate", Eligible, "--region", region, "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {argument}: ", error, StringComparison.Ordinal);
        Assert.Contains($"[{errorCode}]", error, StringComparison.Ordinal);
        if (errorCode == "policy.region.invalid")
        {
            Assert.DoesNotContain(region, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void APolicyAndARegionTogether_OrARegistryAlone_AreRefused()
    {
        Assert.Equal(2, Run("evaluate", Eligible, "--region", "370602", "--policy", "zhifu-pilot", "--date", "2026-03-01").Code);
        Assert.Equal(2, Run("evaluate", Eligible, "--registry", "registry.json", "--date", "2026-03-01").Code);
        Assert.Equal(2, Run("policy", "show", "zhifu-pilot", "--region", "370602").Code);
        Assert.Equal(2, Run("policy", "show").Code);
    }

    [Fact]
    public void PolicyShowLayers_SaysWhatEachLayerChanged_BaseFirst()
    {
        var (code, output, _) = Run("policy", "show", "--region", "370613", "--layers");
        Assert.Equal(0, code);
        var layers = output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("Layer ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["Layer national-baseline: National baseline (社会救助暂行办法 and national implementing rules)", "Layer example-shandong (370000): Shandong province layer (example)", "Layer example-yantai (370600): Yantai city layer (example)", "Layer example-laishan (370613): Laishan district layer (example)"],
            layers);
        Assert.Contains("Layer example-laishan (370613): Laishan district layer (example)\n  dibaoStandardMonthly from 2026-07-01: ¥1000.00\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // Yantai replaced Shandong's whole timeline, so nothing of Shandong's is left in Laishan's set.
        Assert.Contains("Layer example-shandong (370000): Shandong province layer (example)\n  (no value of this layer", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyShowMissing_ListsTheLocalValuesARegionStillOwes()
    {
        var (code, output, _) = Run("policy", "show", "--region", "370613", "--missing", "--date", "2026-08-01");
        Assert.Equal(0, code);
        Assert.Contains("  temporaryMonths (TA-05): not set", output, StringComparison.Ordinal);
        Assert.Contains("  educationStandards (ED-01): not set", output, StringComparison.Ordinal);
        // The district's own raise is illustrative: the district, not the city, owes its confirmation.
        Assert.Contains("  dibaoStandardMonthly (DB-01): illustrative only (Laishan district layer (example))", output, StringComparison.Ordinal);
        Assert.Contains("  maxHomes (HH-05): illustrative only (National baseline", output, StringComparison.Ordinal);
        Assert.Matches(@"Local values owed: \d+\.$", output.TrimEnd());
    }
}
