using DomainKit.Cli;
using OpenQA.Selenium;

namespace DomainKit.Web.Tests;

/// <summary>
/// <c>domainkit compare --report</c>: the page opens from the disk in headless Chromium with nothing fetched, and every
/// chart is drawn (its bars have a size on the screen), in Chinese and in English; <c>--charts</c> writes the same charts.
/// </summary>
public sealed class ReformReportPageTest : IClassFixture<Browser>
{
    private static readonly string[] ChartNames = ["deciles", "decile-winners", "poverty-headcount", "poverty-gap", "funds", "eligibility", "parameters"];

    private readonly Browser browser;

    public ReformReportPageTest(Browser browser) => this.browser = browser;

    [Theory]
    [InlineData("zh-CN", "政策调整测算")]
    [InlineData("en", "Reform comparison")]
    public void TheReport_OpensFromTheDisk_WithEveryChartDrawn(string language, string heading)
    {
        var folder = Directory.CreateTempSubdirectory("reform-report-").FullName;
        var households = Path.Combine(folder, "households.parquet");
        var page = Path.Combine(folder, "report.html");
        var charts = Directory.CreateDirectory(Path.Combine(folder, "charts")).FullName;
        Run("generate", "--households", "3000", "--seed", "7", "--format", "parquet", "--out", households);
        Run("--lang", language, "compare", households, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--take-up", "dibao=90", "--report", page, "--charts", charts);

        // Self-contained: no script, stylesheet, image or font is fetched from anywhere.
        var html = File.ReadAllText(page);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);

        browser.Driver.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
        Assert.Contains(heading, browser.Find("h1").Text, StringComparison.Ordinal);
        foreach (var name in ChartNames)
        {
            // Each chart is on the page and draws bars that take room on the screen; the fund chart also its budget marks.
            var drawn = Convert.ToInt64(browser.Driver.ExecuteScript(
                "return [...document.querySelectorAll(`svg[data-chart='${arguments[0]}'] .bar`)].filter(b => b.getBBox().width > 0 && b.getBBox().height > 0).length;", name), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(drawn > 0, $"chart {name} draws no bar");
            Assert.True(File.Exists(Path.Combine(charts, name + ".svg")), $"--charts wrote no {name}.svg");
        }

        var marks = Convert.ToInt64(browser.Driver.ExecuteScript("return document.querySelectorAll(`svg[data-chart='funds'] .mark`).length;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, marks);
        Assert.Contains("dibaoStandardMonthly", browser.Find("svg[data-chart='parameters']").Text, StringComparison.Ordinal);
        if (language == "zh-CN")
        {
            foreach (var name in ChartNames)
            {
                var figure = browser.Find($"figure#{name}");
                ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView();", figure);
                Browser.ElementScreenshot(figure, "reform-report-" + name);
            }
        }
    }

    private static void Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.True(CliApp.Run(args, output, error) == 0, error.ToString());
    }
}
