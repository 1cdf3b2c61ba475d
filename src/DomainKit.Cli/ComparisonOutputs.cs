using System.Globalization;
using System.Text;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// Where a comparison goes, the same for <c>compare</c> and <c>merge</c>: the summary and tables on the screen, and the
/// files the options name (<c>--csv</c>, <c>--measures</c>, <c>--json</c>, <c>--report</c>, <c>--charts</c>). Every
/// file is opened under a temporary name before any work is done, so a path that would replace an input is refused
/// first, and each is moved into place only once written whole.
/// </summary>
internal sealed class ComparisonOutputs : IDisposable
{
    private readonly OutputFile? csvFile;
    private readonly OutputFile? measuresFile;
    private readonly bool measuresParquet;
    private readonly OutputFile? jsonFile;
    private readonly OutputFile? htmlFile;
    private readonly DirectoryInfo? chartDirectory;
    private readonly FileInfo[] inputs;

    private ComparisonOutputs(OutputFile? csvFile, OutputFile? measuresFile, bool measuresParquet, OutputFile? jsonFile, OutputFile? htmlFile, DirectoryInfo? chartDirectory, FileInfo[] inputs)
    {
        this.csvFile = csvFile;
        this.measuresFile = measuresFile;
        this.measuresParquet = measuresParquet;
        this.jsonFile = jsonFile;
        this.htmlFile = htmlFile;
        this.chartDirectory = chartDirectory;
        this.inputs = inputs;
    }

    /// <summary>
    /// Opens the files the options name (each null when not asked for); null, with the reason on
    /// <paramref name="error"/>, when one cannot be. No output may replace one of <paramref name="inputs"/>, the files
    /// the command reads.
    /// </summary>
    public static ComparisonOutputs? Open(CliText text, TextWriter error, FileInfo? csv, FileInfo? measures, FileInfo? json, FileInfo? report, DirectoryInfo? charts, FileInfo[] inputs)
    {
        var measuresParquet = measures is not null && measures.Extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase);
        if (measures is not null && !measuresParquet && !measures.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine(text.Say($"error: --measures: the file's name ends in .csv or .parquet, which says how it is written."));
            return null;
        }

        if (charts is not null && !charts.Exists)
        {
            error.WriteLine(text.Say($"error: --charts: the directory does not exist."));
            return null;
        }

        (string Option, FileInfo? File)[] wanted = [("--csv", csv), ("--measures", measures), ("--json", json), ("--report", report)];
        var files = new OutputFile?[wanted.Length];
        for (var i = 0; i < wanted.Length; i++)
        {
            if (wanted[i].File is not { } file)
            {
                continue;
            }

            // No output replaces an input, nor an output named before it.
            files[i] = OutputFile.Open(text, wanted[i].Option, file, error, [.. inputs, .. wanted[..i].Select(w => w.File).OfType<FileInfo>()]);
            if (files[i] is null)
            {
                foreach (var opened in files)
                {
                    opened?.Dispose();
                }

                return null;
            }
        }

        return new ComparisonOutputs(files[0], files[1], measuresParquet, files[2], files[3], charts, inputs);
    }

    /// <summary>Writes the report to the screen, under <paramref name="headline"/>, and to every file opened.</summary>
    /// <returns>The command's exit code.</returns>
    public int Write(CliText text, ReformReport r, PolicySet baseline, PolicySet reform, string headline, TextWriter output, TextWriter error)
    {
        output.WriteLine(headline);
        output.WriteLine(text.Say($"winners {r.Winners} (gain {text.Amount(r.TotalGain)}), losers {r.Losers} (loss {text.Amount(r.TotalLoss)}), unchanged {r.Unchanged}"));
        if (r.Poverty is { } poverty)
        {
            output.WriteLine(text.Say($"below the dibao line of {text.Amount(poverty.LineMonthly)} a person a month: {Weighted(poverty.BeforeAssistance.Households)} households before assistance (gap {Weighted(poverty.BeforeAssistance.GapMonthly)} yuan a month), {Weighted(poverty.UnderBaseline.Households)} under the baseline (gap {Weighted(poverty.UnderBaseline.GapMonthly)}), {Weighted(poverty.UnderReform.Households)} under the reform (gap {Weighted(poverty.UnderReform.GapMonthly)})"));
        }

        if (r.Programmes.Any(p => p.TakeUp != Rate.FromFraction(1m)) || r.Population.Households != r.Households)
        {
            output.WriteLine(text.Say($"standing for {Weighted(r.Population.Households)} households; take-up: {string.Join(text.Language == Language.ChineseSimplified ? "，" : ", ", r.Programmes.Select(p => $"{text.Term(EnumTokens<Programme>.ToToken(p.Programme), MessageKeys.ProgrammeTerm(p.Programme))} {p.TakeUp.Percentage:0.##}%"))}"));
        }

        output.WriteLine();
        foreach (var row in Table(r, text))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? Pad(cell, 22, left: true) : Pad(cell, 16, left: false))));
        }

        if (csvFile is not null)
        {
            using (var writer = new StreamWriter(csvFile.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
            {
                foreach (var row in CsvTable(r))
                {
                    writer.WriteLine(string.Join(",", row.Select(CsvCell.Text)));
                }
            }

            csvFile.Commit();
        }

        if (measuresFile is not null)
        {
            if (measuresParquet)
            {
                ComparisonMeasures.WriteParquet(measuresFile.Stream, r);
            }
            else
            {
                using var writer = new StreamWriter(measuresFile.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                ComparisonMeasures.WriteCsv(writer, r);
            }

            measuresFile.Commit();
        }

        if (jsonFile is not null)
        {
            jsonFile.Stream.Write(Encoding.UTF8.GetBytes(ReformReportJson.Write(r, baseline, reform)));
            jsonFile.Commit();
        }

        // Drawn once for the page and the chart files alike.
        var charts = htmlFile is not null || chartDirectory is not null ? ReformReportPage.Charts(text, r, baseline, reform) : [];
        if (htmlFile is not null)
        {
            htmlFile.Stream.Write(Encoding.UTF8.GetBytes(ReformReportPage.Html(text, r, baseline, reform, charts)));
            htmlFile.Commit();
        }

        if (chartDirectory is not null)
        {
            foreach (var (name, svg) in charts)
            {
                using var chartFile = OutputFile.Open(text, "--charts", new FileInfo(Path.Combine(chartDirectory.FullName, name + ".svg")), error, inputs);
                if (chartFile is null)
                {
                    return ExitCodes.InvalidInput;
                }

                chartFile.Stream.Write(Encoding.UTF8.GetBytes(svg));
                chartFile.Commit();
            }
        }

        return ExitCodes.Success;
    }

    public void Dispose()
    {
        csvFile?.Dispose();
        measuresFile?.Dispose();
        jsonFile?.Dispose();
        htmlFile?.Dispose();
    }

    /// <summary>
    /// The programme table, then the fund table, each with its header row, for the screen; amounts in yuan to the fen.
    /// English names rows and columns by the contract's tokens, Chinese by the catalogue's words.
    /// </summary>
    private static IEnumerable<string[]> Table(ReformReport report, CliText text)
    {
        var chinese = text.Language == Language.ChineseSimplified;
        yield return chinese
            ? ["项目", "改革前符合", "改革后符合", "新增符合", "不再符合", "改革前金额（元）", "改革后金额（元）", "变化（元）"]
            : ["programme", "eligibleBefore", "eligibleAfter", "newlyEligible", "noLongerEligible", "amountBefore", "amountAfter", "change"];
        foreach (var p in report.Programmes)
        {
            yield return [text.Term(EnumTokens<Programme>.ToToken(p.Programme), MessageKeys.ProgrammeTerm(p.Programme)), Count(p.EligibleBefore), Count(p.EligibleAfter), Count(p.NewlyEligible), Count(p.NoLongerEligible), Yuan(p.AmountBefore), Yuan(p.AmountAfter), Yuan(p.Change)];
        }

        yield return chinese
            ? ["资金", "年度预算（元）", "改革前支出（元）", "改革后支出（元）", "改革后结余（元）", "是否超支", string.Empty, string.Empty]
            : ["fund", "budget", "costBefore", "costAfter", "headroomAfter", "overBudget", string.Empty, string.Empty];
        foreach (var f in report.Funds)
        {
            var over = chinese ? (f.OverBudget ? "是" : "否") : (f.OverBudget ? "yes" : "no");
            yield return [text.Term(EnumTokens<Fund>.ToToken(f.Fund), MessageKeys.FundTerm(f.Fund)), f.Budget is { } b ? Yuan(b) : string.Empty, Yuan(f.CostBefore), Yuan(f.CostAfter), f.HeadroomAfter is { } h ? Yuan(h) : string.Empty, over, string.Empty, string.Empty];
        }
    }

    /// <summary>
    /// Both tables as one CSV table with a single header: a <c>table</c> column says whether a row is a programme or a
    /// fund, each row fills its own columns and leaves the other's empty, and every amount column states its unit.
    /// A programme's amounts are per month for dibao and single-member dibao, per year for education assistance, once
    /// for a temporary grant and for the medical bills given, and none for a status (<c>amountBasis</c>).
    /// </summary>
    private static IEnumerable<string[]> CsvTable(ReformReport report)
    {
        yield return
        [
            "table", "name", "eligibleBefore", "eligibleAfter", "newlyEligible", "noLongerEligible", "amountBeforeYuan", "amountAfterYuan", "changeYuan", "amountBasis",
            "budgetYuanPerYear", "costBeforeYuanPerYear", "costAfterYuanPerYear", "headroomAfterYuanPerYear", "overBudget",
        ];
        foreach (var p in report.Programmes)
        {
            yield return
            [
                "programme", EnumTokens<Programme>.ToToken(p.Programme), Count(p.EligibleBefore), Count(p.EligibleAfter), Count(p.NewlyEligible), Count(p.NoLongerEligible),
                Yuan(p.AmountBefore), Yuan(p.AmountAfter), Yuan(p.Change), ReformReportJson.AmountBasis(p.Programme), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
            ];
        }

        foreach (var f in report.Funds)
        {
            yield return
            [
                "fund", EnumTokens<Fund>.ToToken(f.Fund), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                f.Budget is { } b ? Yuan(b) : string.Empty, Yuan(f.CostBefore), Yuan(f.CostAfter), f.HeadroomAfter is { } h ? Yuan(h) : string.Empty, f.OverBudget ? "true" : "false",
            ];
        }
    }

    // A CJK character takes two columns of a terminal, so padding counts it twice to keep the columns straight.
    private static string Pad(string cell, int width, bool left)
    {
        var columns = cell.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')) ? 2 : 1);
        var padding = new string(' ', Math.Max(0, width - columns));
        return left ? cell + padding : padding + cell;
    }

    private static string Weighted(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Yuan(Money amount) => amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
