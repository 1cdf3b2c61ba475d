using System.Collections.Concurrent;
using System.CommandLine;
using Ardalis.Result;
using DomainKit.Assistance;
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
        var input = new Argument<FileInfo>("INPUT") { Description = text.Say($"Households as JSON lines (one domainkit/household@2 object per line, or a domainkit/survey-household@1 object with its weight and region), CSV or Parquet (one row per member, with optional weight and region columns).") };
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
        var json = new Option<FileInfo?>("--json") { Description = text.Say($"Also write the comparison as a domainkit/reform-report@2 document to this file.") };
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
            if (!ReformComparisonOptions.TryParseTakeUp(assignment, out var programme, out var rate))
            {
                error.WriteLine(text.Say($"error: --take-up: write PROGRAMME=PERCENT, a programme token and a percentage from 0 to 100 (dibao=80)."));
                return ExitCodes.InvalidInput;
            }

            options = options.WithTakeUp(programme, rate);
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

        var (baseline, reform) = Policies(baselineArgument, reformArgument, sets, date);
        if (!baseline.IsSuccess || !reform.IsSuccess)
        {
            return Errors.Report(text, error, false, [.. baseline.ValidationErrors, .. reform.ValidationErrors]);
        }

        // The output files are opened (under temporary names) before the comparison, so a path that would replace the
        // households or a policy file is refused before any work is done.
        using var outputs = ComparisonOutputs.Open(text, error, csv, measures, json, htmlReport, chartDirectory, [input, .. PolicyFiles(baselineArgument, reformArgument)]);
        if (outputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        long bad = 0;
        string? stopped = null;
        var population = inputFormat == "jsonl"
            ? Households(text, inputStream, error, () => bad++, problem => stopped = problem)
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
        var headline = inputFormat == "jsonl"
            ? text.Say($"{r.Households} households on {Dates.Format(r.Date)}, {baseline.Value.LabelIn(text.Language)} against {reform.Value.LabelIn(text.Language)}; {bad} bad lines skipped")
            : text.Say($"{r.Households} households on {Dates.Format(r.Date)}, {baseline.Value.LabelIn(text.Language)} against {reform.Value.LabelIn(text.Language)}; {bad} bad households skipped");
        return outputs.Write(text, r, baseline.Value, reform.Value, headline, output, error);
    }

    /// <summary>
    /// The policy in force and the reform as the options give them: <c>--base</c>, and <c>--reform</c> or the base, with
    /// each <c>--set ID=VALUE</c> applied from <paramref name="date"/>.
    /// </summary>
    internal static (Result<PolicySet> Baseline, Result<PolicySet> Reform) Policies(string baselineArgument, string? reformArgument, string[] sets, NodaTime.LocalDate date)
    {
        var baseline = InputFiles.LoadPolicy(baselineArgument, "--base");
        var reform = reformArgument is null ? baseline : InputFiles.LoadPolicy(reformArgument, "--reform");
        foreach (var assignment in sets)
        {
            var parts = assignment.Split('=', 2);
            reform = parts.Length == 2
                ? reform.Bind(policy => policy.With(parts[0], parts[1], date))
                : Result<PolicySet>.Invalid(Errors.Of("--set", Validation.ErrorCodes.Required, $"'{assignment}' is not ID=VALUE."));
        }

        return (baseline, reform);
    }

    private sealed record Arguments(FileInfo Input, string? InputFormat, string Baseline, string? Reform, string[] Sets, string Date, string[] TakeUp, FileInfo? Csv, FileInfo? Measures, FileInfo? Json, FileInfo? Report, DirectoryInfo? Charts);

    /// <summary>The policy arguments that name files rather than bundled presets.</summary>
    internal static FileInfo[] PolicyFiles(params string?[] arguments) =>
        [.. arguments.Where(argument => argument is not null && File.Exists(argument)).Select(argument => new FileInfo(argument!))];

    /// <summary>
    /// The households of a JSON lines file, read a batch ahead and parsed across the cores, then handed out in
    /// order; a bad line is reported with its number and skipped. Memory is that of a few batches. A line longer than
    /// any household needs ends the reading, through <paramref name="stop"/>.
    /// </summary>
    private static IEnumerable<SurveyHousehold> Households(CliText text, Stream input, TextWriter error, Action skipped, Action<string> stop)
    {
        using var lines = new ReadAheadLines(input, ReviewBatch.BatchSize);
        var households = new Result<Household>?[ReviewBatch.BatchSize];
        var weights = new decimal[ReviewBatch.BatchSize];
        var regions = new RegionCode?[ReviewBatch.BatchSize];
        foreach (var batch in lines.Read())
        {
            Parallel.ForEach(Partitioner.Create(0, batch.Count, ReviewBatch.SliceSize), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    households[i] = batch.Lines[i].TooLong ? null : SurveyHouseholdJson.Read(batch.Lines[i].Bytes, out weights[i], out regions[i]);
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
                    // Made as each household is taken, so that only the households themselves wait through a batch.
                    yield return SurveyHousehold.Weighted(HouseholdClaims.Of(household.Value), weights[i], regions[i]);
                    continue;
                }

                skipped();
                error.WriteLine(Errors.AtLine(text, batch.Lines[i].Number, household.ValidationErrors));
            }
        }
    }
}
