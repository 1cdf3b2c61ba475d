using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// <c>domainkit compare INPUT --base POLICY --reform POLICY | --set ID=VALUE...</c>: a population (JSON lines, CSV or
/// Parquet, weighted where the table says so) under a policy in force and a reform, streamed: per programme the
/// households eligible before and after and the amounts, per fund the cost against its budget, the winners and losers
/// and poverty against the dibao line; as a table, as CSV with <c>--csv</c>, and as a page with charts with <c>--report</c>.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("INPUT") { Description = text.Say($"Households as JSON lines (one domainkit/household@2 object per line), CSV or Parquet (one row per member, with optional weight and region columns).") };
        var inputFormat = new Option<string?>("--input-format") { Description = text.Say($"Input: jsonl, csv or parquet; by default csv for a .csv file, parquet for a .parquet file and jsonl otherwise.") };
        var takeUp = new Option<string[]>("--take-up") { Description = text.Say($"A programme's take-up rate as PROGRAMME=PERCENT (dibao=80); repeatable; every other programme is taken up in full."), AllowMultipleArgumentsPerToken = false };
        var report = new Option<FileInfo?>("--report") { Description = text.Say($"Also write the comparison with its charts as one self-contained HTML page to this file.") };
        var charts = new Option<DirectoryInfo?>("--charts") { Description = text.Say($"Also write each chart as an SVG file to this directory.") };
        var baseline = new Option<string>("--base") { Description = text.Say($"The policy in force: a bundled set or a policy file."), Required = true };
        var reform = new Option<string?>("--reform") { Description = text.Say($"The reform: a bundled set or a policy file. Default: the base with --set applied.") };
        var set = new Option<string[]>("--set") { Description = text.Say($"A reform as ID=VALUE, the value written as in a policy file (dibaoStandardMonthly=1000.00); repeatable; applies from --date."), AllowMultipleArgumentsPerToken = false };
        var date = new Option<string>("--date") { Description = text.Say($"The date of evaluation, yyyy-MM-dd."), Required = true };
        var csv = new Option<FileInfo?>("--csv") { Description = text.Say($"Also write the programme and fund tables as CSV to this file.") };
        var measures = new Option<FileInfo?>("--measures") { Description = text.Say($"Also write every figure (programmes, funds, population, poverty, deciles, regions) as a long table, one figure a row, to this file: CSV for .csv, Parquet for .parquet.") };
        var json = new Option<FileInfo?>("--json") { Description = text.Say($"Also write the comparison as a domainkit/reform-report@1 document to this file.") };
        var command = new Command("compare", text.Say($"Compare a population under the policy in force and a reform: eligibility, amounts, fund costs, winners and losers."))
        {
            input, inputFormat, baseline, reform, set, date, takeUp, csv, measures, json, report, charts,
        };
        command.SetAction(parsed => Run(
            text,
            new Arguments(parsed.GetValue(input)!, parsed.GetValue(inputFormat), parsed.GetValue(baseline)!, parsed.GetValue(reform), parsed.GetValue(set) ?? [], parsed.GetValue(date)!, parsed.GetValue(takeUp) ?? [], parsed.GetValue(csv), parsed.GetValue(measures), parsed.GetValue(json), parsed.GetValue(report), parsed.GetValue(charts)),
            output,
            error));
        return command;
    }

    private static int Run(CliText text, Arguments arguments, TextWriter output, TextWriter error)
    {
        var (input, inputFormat, baselineArgument, reformArgument, sets, dateArgument, takeUps, csv, measures, json, htmlReport, chartDirectory) = arguments;
        inputFormat ??= InputFiles.FormatOf(input);
        if (inputFormat is not ("jsonl" or "csv" or "parquet"))
        {
            error.WriteLine(text.Say($"error: --input-format: jsonl, csv or parquet."));
            return ExitCodes.InvalidInput;
        }

        var options = ReformComparisonOptions.Default;
        foreach (var assignment in takeUps)
        {
            var parts = assignment.Split('=', 2);
            if (parts.Length != 2 || !EnumTokens<Programme>.ByToken.TryGetValue(parts[0], out var programme)
                || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent > 100m)
            {
                error.WriteLine(text.Say($"error: --take-up: write PROGRAMME=PERCENT, a programme token and a percentage from 0 to 100 (dibao=80)."));
                return ExitCodes.InvalidInput;
            }

            options = options.WithTakeUp(programme, Rate.Percent(percent));
        }

        if (!InputFiles.TryParseDate(dateArgument, out var date))
        {
            error.WriteLine(text.Say($"error: --date: the date must exist, be written yyyy-MM-dd and lie between 1949-01-01 and 2200-12-31."));
            return ExitCodes.InvalidInput;
        }

        if (reformArgument is null && sets.Length == 0)
        {
            error.WriteLine(text.Say($"error: --reform or --set: say what the reform is."));
            return ExitCodes.InvalidInput;
        }

        var opened = InputFiles.Open(input.FullName, "INPUT");
        if (!opened.IsSuccess)
        {
            return Errors.Report(text, error, false, opened.ValidationErrors);
        }

        using var inputStream = opened.Value;

        var baseline = InputFiles.LoadPolicy(baselineArgument, "--base");
        var reform = reformArgument is null ? baseline : InputFiles.LoadPolicy(reformArgument, "--reform");
        foreach (var assignment in sets)
        {
            var parts = assignment.Split('=', 2);
            reform = parts.Length == 2
                ? reform.Bind(policy => policy.With(parts[0], parts[1], date))
                : Result<PolicySet>.Invalid(Errors.Of("--set", Validation.ErrorCodes.Required, $"'{assignment}' is not ID=VALUE."));
        }

        if (!baseline.IsSuccess || !reform.IsSuccess)
        {
            return Errors.Report(text, error, false, [.. baseline.ValidationErrors, .. reform.ValidationErrors]);
        }

        // The CSV file is opened (under a temporary name) before the comparison, so a path that would replace the
        // households or a policy file is refused before any work is done.
        using var csvFile = csv is null ? null : OutputFile.Open(text, "--csv", csv, error, [input, .. PolicyFiles(baselineArgument, reformArgument)]);
        if (csv is not null && csvFile is null)
        {
            return ExitCodes.InvalidInput;
        }

        var measuresParquet = measures is not null && measures.Extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase);
        if (measures is not null && !measuresParquet && !measures.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine(text.Say($"error: --measures: the file's name ends in .csv or .parquet, which says how it is written."));
            return ExitCodes.InvalidInput;
        }

        using var measuresFile = measures is null ? null : OutputFile.Open(text, "--measures", measures, error, [input, .. PolicyFiles(baselineArgument, reformArgument), .. new[] { csv }.OfType<FileInfo>()]);
        if (measures is not null && measuresFile is null)
        {
            return ExitCodes.InvalidInput;
        }

        using var jsonFile = json is null ? null : OutputFile.Open(text, "--json", json, error, [input, .. PolicyFiles(baselineArgument, reformArgument), .. new[] { csv, measures }.OfType<FileInfo>()]);
        if (json is not null && jsonFile is null)
        {
            return ExitCodes.InvalidInput;
        }

        using var htmlFile = htmlReport is null ? null : OutputFile.Open(text, "--report", htmlReport, error, [input, .. PolicyFiles(baselineArgument, reformArgument), .. new[] { csv, measures, json }.OfType<FileInfo>()]);
        if (htmlReport is not null && htmlFile is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (chartDirectory is not null && !chartDirectory.Exists)
        {
            error.WriteLine(text.Say($"error: --charts: the directory does not exist."));
            return ExitCodes.InvalidInput;
        }

        long bad = 0;
        string? stopped = null;
        var population = inputFormat == "jsonl"
            ? Households(text, inputStream, error, () => bad++, problem => stopped = problem).Select(SurveyHousehold.Of)
            : PopulationTable.Read(text, inputStream, inputFormat == "parquet", error, () => bad++, problem => stopped = problem);
        var report = ReformComparison.Compare(population, baseline.Value, reform.Value, date, options);
        if (stopped is not null)
        {
            // The population was not read to its end, so no figure of the comparison stands.
            error.WriteLine(text.Say($"error: {stopped}"));
            return ExitCodes.InvalidInput;
        }

        if (!report.IsSuccess)
        {
            return Errors.Report(text, error, false, report.ValidationErrors);
        }

        var r = report.Value;
        output.WriteLine(inputFormat == "jsonl"
            ? text.Say($"{r.Households} households on {Dates.Format(r.Date)}, {baseline.Value.LabelIn(text.Language)} against {reform.Value.LabelIn(text.Language)}; {bad} bad lines skipped")
            : text.Say($"{r.Households} households on {Dates.Format(r.Date)}, {baseline.Value.LabelIn(text.Language)} against {reform.Value.LabelIn(text.Language)}; {bad} bad households skipped"));
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
            var document = Encoding.UTF8.GetBytes(ReformReportJson.Write(r, baseline.Value, reform.Value));
            jsonFile.Stream.Write(document);
            jsonFile.Commit();
        }

        if (htmlFile is not null)
        {
            htmlFile.Stream.Write(Encoding.UTF8.GetBytes(ReformReportPage.Html(text, r, baseline.Value, reform.Value)));
            htmlFile.Commit();
        }

        if (chartDirectory is not null)
        {
            foreach (var (name, svg) in ReformReportPage.Charts(text, r, baseline.Value, reform.Value))
            {
                using var chartFile = OutputFile.Open(text, "--charts", new FileInfo(Path.Combine(chartDirectory.FullName, name + ".svg")), error, [input]);
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

    private sealed record Arguments(FileInfo Input, string? InputFormat, string Baseline, string? Reform, string[] Sets, string Date, string[] TakeUp, FileInfo? Csv, FileInfo? Measures, FileInfo? Json, FileInfo? Report, DirectoryInfo? Charts);

    /// <summary>The policy arguments that name files rather than bundled presets.</summary>
    private static FileInfo[] PolicyFiles(params string?[] arguments) =>
        [.. arguments.Where(argument => argument is not null && File.Exists(argument)).Select(argument => new FileInfo(argument!))];

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

    /// <summary>
    /// The households of a JSON lines file, read a batch ahead and parsed across the cores, then handed out in
    /// order; a bad line is reported with its number and skipped. Memory is that of a few batches. A line longer than
    /// any household needs ends the reading, through <paramref name="stop"/>.
    /// </summary>
    private static IEnumerable<HouseholdClaims> Households(CliText text, Stream input, TextWriter error, Action skipped, Action<string> stop)
    {
        using var lines = new ReadAheadLines(input, ReviewBatch.BatchSize);
        var households = new Result<Household>?[ReviewBatch.BatchSize];
        foreach (var batch in lines.Read())
        {
            Parallel.ForEach(Partitioner.Create(0, batch.Count, ReviewBatch.SliceSize), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    households[i] = batch.Lines[i].TooLong ? null : HouseholdJson.Parse(batch.Lines[i].Bytes);
                }
            });
            for (var i = 0; i < batch.Count; i++)
            {
                var household = households[i];
                households[i] = null;
                if (household is null)
                {
                    stop(Errors.LineTooLong(text, batch.Lines[i].Number));
                    yield break;
                }

                if (household.IsSuccess)
                {
                    yield return HouseholdClaims.Of(household.Value);
                    continue;
                }

                skipped();
                error.WriteLine(Errors.AtLine(text, batch.Lines[i].Number, household.ValidationErrors));
            }
        }
    }

    private static string Weighted(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Yuan(Money amount) => amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
