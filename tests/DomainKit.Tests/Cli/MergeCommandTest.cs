using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Validation;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>
/// <c>domainkit merge</c>: the comparisons of the parts of a caseload, each written by <c>compare --json</c>, merged into
/// the comparison of the whole, which must be the one <c>compare</c> gives for the whole caseload, file for file.
/// </summary>
public sealed class MergeCommandTest : IDisposable
{
    private static readonly string[] Reform = ["--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00"];

    private readonly TemporaryFiles temporary = new("merge-");

    public void Dispose() => temporary.Dispose();

    /// <summary>
    /// A weighted caseload as CSV (weights 0.25 to 3 on a household's first row, regions as generated) and its split at
    /// household boundaries into three files, the rows of each household in one part: header and rows, as an engine
    /// writes partitions.
    /// </summary>
    private (string Whole, string[] Parts) Caseload(int households, params double[] cuts)
    {
        var generated = temporary.Path(".csv");
        Assert.Equal(0, Run("generate", "--households", households.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--format", "csv", "--out", generated).Code);
        var lines = File.ReadAllLines(generated);
        var header = lines[0].Split(',');
        var (keyAt, weightAt) = (Array.IndexOf(header, "household"), Array.IndexOf(header, "weight"));
        string[] weights = ["1", "0.25", "3", "1.5", "2.0001"];
        var rows = new List<string>();
        var households_ = new List<int>();
        string? key = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells[keyAt] != key)
            {
                key = cells[keyAt];
                households_.Add(rows.Count);
                cells[weightAt] = weights[households_.Count % weights.Length];
            }

            rows.Add(string.Join(',', cells));
        }

        var whole = temporary.Path(".csv");
        File.WriteAllLines(whole, [lines[0], .. rows]);
        var starts = cuts.Select(cut => households_[(int)(cut * households_.Count)]).Prepend(0).Append(rows.Count).ToArray();
        var parts = starts.Zip(starts.Skip(1), (from, to) =>
        {
            var part = temporary.Path(".csv");
            File.WriteAllLines(part, [lines[0], .. rows.Skip(from).Take(to - from)]);
            return part;
        }).ToArray();
        return (whole, parts);
    }

    private string Compare(string input, params string[] options)
    {
        var json = temporary.Path(".json");
        var (code, _, error) = Run(["compare", input, .. Reform, "--date", "2026-03-01", "--take-up", "dibao=80", "--json", json, .. options]);
        Assert.True(code == 0, error);
        return json;
    }

    /// <summary>Merged, the parts' documents are the whole's document byte for byte, and the tables on the screen and in the files agree.</summary>
    [Fact]
    public void MergedParts_AreTheComparisonOfTheWhole()
    {
        var (whole, parts) = Caseload(1_500, 0.3, 0.31, 0.8);
        var (wholeCsv, wholeMeasures) = (temporary.Path(".csv"), temporary.Path(".csv"));
        var wholeJson = Compare(whole, "--csv", wholeCsv, "--measures", wholeMeasures);
        var partJson = parts.Select(part => Compare(part)).ToArray();
        var (json, csv, measures, report) = (temporary.Path(".json"), temporary.Path(".csv"), temporary.Path(".csv"), temporary.Path(".html"));

        var (code, output, error) = Run(["merge", .. partJson, .. Reform, "--json", json, "--csv", csv, "--measures", measures, "--report", report]);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(wholeJson), File.ReadAllBytes(json));
        Assert.Equal(File.ReadAllBytes(wholeCsv), File.ReadAllBytes(csv));
        Assert.Equal(File.ReadAllBytes(wholeMeasures), File.ReadAllBytes(measures));
        Assert.Contains("<svg", File.ReadAllText(report), StringComparison.Ordinal);
        var merged = ReformReportJson.Parse(File.ReadAllBytes(json)).Value.Report;
        Assert.Equal(1_500, merged.Households);
        Assert.Equal(4, parts.Length);
        Assert.StartsWith($"1500 households in 4 parts on 2026-03-01, zhifu-pilot against zhifu-pilot*{Environment.NewLine}", output, StringComparison.Ordinal);
        // Weighted: the population stands for more households than the caseload has.
        Assert.NotEqual(merged.Households, merged.Population.Households);
        Assert.Contains($"standing for {decimal.Round(merged.Population.Households, 2).ToString("0.##", CultureInfo.InvariantCulture)} households", output, StringComparison.Ordinal);
    }

    /// <summary>A part compared under another reform, or merged with other policy options, is refused by its file's name, and nothing is written.</summary>
    [Fact]
    public void PartUnderOtherPolicy_IsRefused()
    {
        var (_, parts) = Caseload(200, 0.5);
        var first = Compare(parts[0]);
        var other = temporary.Path(".json");
        Assert.Equal(0, Run("compare", parts[1], "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1100.00", "--date", "2026-03-01", "--take-up", "dibao=80", "--json", other).Code);
        var json = temporary.Path(".json");

        var (code, _, error) = Run(["merge", first, other, .. Reform, "--json", json]);

        Assert.Equal(2, code);
        Assert.Contains($"error: {Path.GetFileName(other)}: the part was compared under other policy sets", error, StringComparison.Ordinal);
        Assert.False(File.Exists(json));
        Assert.Equal(2, Run("merge", first, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1100.00").Code);
        Assert.Equal(2, Run("merge", first, "--base", "zhifu-pilot").Code);
    }

    /// <summary>Parts compared on another date or with other take-up rates are refused with the part's file and the field that differs.</summary>
    [Fact]
    public void PartsComparedOtherwise_AreRefusedByFileAndField()
    {
        var (_, parts) = Caseload(200, 0.5);
        var first = Compare(parts[0]);
        var otherTakeUp = temporary.Path(".json");
        Assert.Equal(0, Run(["compare", parts[1], .. Reform, "--date", "2026-03-01", "--take-up", "dibao=70", "--json", otherTakeUp]).Code);

        var (code, _, error) = Run(["merge", first, otherTakeUp, .. Reform]);

        Assert.Equal(2, code);
        Assert.Contains($"error: {Path.GetFileName(otherTakeUp)}: options:", error, StringComparison.Ordinal);
        Assert.Contains($"[{ErrorCodes.ComparisonPartsDiffer}]", error, StringComparison.Ordinal);
    }

    /// <summary>A part that is not a version-2 report (damaged, of version 1, another contract) is refused with its file, its path and its code.</summary>
    [Theory]
    [InlineData("{", ErrorCodes.JsonMalformed)]
    [InlineData("{\"schema\":\"domainkit/reform-report@1\"}", ErrorCodes.UnsupportedSchema)]
    [InlineData("[1,2,3]", ErrorCodes.JsonWrongType)]
    public void DamagedPart_IsRefused(string content, string code)
    {
        var (_, parts) = Caseload(100);
        var good = Compare(parts[0]);
        var bad = temporary.Path(".json");
        File.WriteAllText(bad, content);

        var (exit, _, error) = Run(["merge", good, bad, .. Reform]);

        Assert.Equal(2, exit);
        Assert.Contains($"error: {Path.GetFileName(bad)}", error, StringComparison.Ordinal);
        Assert.Contains($"[{code}]", error, StringComparison.Ordinal);
        Assert.Equal(2, Run(["merge", temporary.Path(".json"), .. Reform]).Code);
    }

    /// <summary>An output that would replace a part is refused before anything is written, and the part is left as it was.</summary>
    [Fact]
    public void OutputOverAPart_IsRefused()
    {
        var (_, parts) = Caseload(100);
        var part = Compare(parts[0]);
        var before = File.ReadAllBytes(part);

        var (code, _, error) = Run(["merge", part, .. Reform, "--json", part]);

        Assert.Equal(2, code);
        Assert.Contains("would replace an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(part));
    }

    /// <summary>In Chinese, the merge speaks Chinese: its headline and its refusals.</summary>
    [Fact]
    public void InChinese_TheHeadlineAndRefusalsAreChinese()
    {
        var (_, parts) = Caseload(100);
        var part = Compare(parts[0]);
        var (code, output, _) = Run(["--lang", "zh-CN", "merge", part, part, .. Reform]);
        Assert.Equal(0, code);
        Assert.StartsWith("2026-03-01 共测算 200 户（合并 2 个部分）", output, StringComparison.Ordinal);
        var (refused, _, error) = Run(["--lang", "zh-CN", "merge", part, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1100.00"]);
        Assert.Equal(2, refused);
        Assert.Contains("该部分测算所依据的政策集", error, StringComparison.Ordinal);
    }
}
