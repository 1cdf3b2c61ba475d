using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DomainKit.Assistance;
using DomainKit.Contracts;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// <c>domainkit review INPUT --out OUTPUT</c>: every programme for every household of a population in JSON lines,
/// streamed in batches (memory does not grow with the input) and assessed in parallel, in input order. A bad line
/// is reported with its number and skipped; the run goes on, and the summary says how many were skipped.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("INPUT") { Description = text.Say($"Households as JSON lines (one domainkit/household@2 object per line), as CSV or as Parquet (one row per member; see \"Households as CSV\" and \"Households as Parquet\" in the DomainKit documentation).") };
        var target = new Option<FileInfo>("--out") { Description = text.Say($"Where to write one result per household."), Required = true };
        var format = new Option<string>("--format") { Description = text.Say($"Output: jsonl (default), csv or parquet."), DefaultValueFactory = _ => "jsonl" };
        var inputFormat = new Option<string?>("--input-format") { Description = text.Say($"Input: jsonl, csv or parquet; by default csv for a .csv file, parquet for a .parquet file and jsonl otherwise.") };
        var options = new EvaluationOptions(text, text.Say($"Write the error report as JSON (contract domainkit/errors@1) when the options are invalid."));
        var command = new Command("review", text.Say($"Assess every household of a population for every programme, streaming and in parallel, with progress.")) { input, target, format, inputFormat };
        options.AddTo(command);
        command.SetAction(parsed => Run(text, parsed, parsed.GetValue(input)!, parsed.GetValue(target)!, parsed.GetValue(format)!, parsed.GetValue(inputFormat), options, output, error));
        return command;
    }

    private static int Run(CliText text, ParseResult parsed, FileInfo input, FileInfo target, string format, string? inputFormat, EvaluationOptions options, TextWriter output, TextWriter error)
    {
        var resolved = options.Resolve(parsed);
        if (!resolved.IsSuccess)
        {
            return Errors.Report(text, error, parsed.GetValue(options.Json), resolved.ValidationErrors);
        }

        if (format is not ("jsonl" or "csv" or "parquet"))
        {
            error.WriteLine(text.Say($"error: --format: jsonl, csv or parquet."));
            return ExitCodes.InvalidInput;
        }

        inputFormat ??= InputFiles.FormatOf(input);
        if (inputFormat is not ("jsonl" or "csv" or "parquet"))
        {
            error.WriteLine(text.Say($"error: --input-format: jsonl, csv or parquet."));
            return ExitCodes.InvalidInput;
        }

        var opened = InputFiles.Open(input.FullName, "INPUT");
        if (!opened.IsSuccess)
        {
            return Errors.Report(text, error, false, opened.ValidationErrors);
        }

        using var inputStream = opened.Value;

        var (_, date, policy) = resolved.Value;
        var terms = AssistanceTerms.Resolve(policy, date);
        if (!terms.IsSuccess)
        {
            return Errors.Report(text, error, false, terms.ValidationErrors);
        }

        var csvOut = format == "csv";
        var csvIn = inputFormat is "csv" or "parquet";
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        var size = Math.Max(input.Length, 1);
        using var outputFile = OutputFile.Open(text, "--out", target, error, input);
        if (outputFile is null)
        {
            return ExitCodes.InvalidInput;
        }

        using var table = format == "parquet" ? new ReviewResultParquet(outputFile.Stream) : null;
        using var review = new ReviewBatch(text, terms.Value, csvOut, table);

        var writer = outputFile.Stream;
        if (csvOut)
        {
            writer.Write(Encoding.UTF8.GetBytes((csvIn
                ? "line,household,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance"
                : "line,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance") + "\n"));
        }

        long read = 0;
        // A table (CSV or Parquet) is read the same way; only its source and how far through it the progress says differ.
        int? ReviewTable(IHouseholdRecords records, Func<long> position, Func<int> percent)
        {
            using var ahead = new ReadAheadItems(ParquetHouseholds.Read(text, records), position, percent);
            foreach (var (batch, reached, done) in ahead.Read())
            {
                // A fatal problem ends the batch it is in; the households before it in that batch are not written either,
                // since the output is discarded.
                if (batch[^1].IsFatal)
                {
                    error.WriteLine(text.Say($"error: {batch[^1].Problem}"));
                    return ExitCodes.InvalidInput;
                }

                review.Run(batch, batch.Length, writer, error);
                Progress(text, error, interactive, reached, done, clock.Elapsed, records.NumbersRows);
            }

            read = position();
            return null;
        }

        if (inputFormat == "parquet")
        {
            var (records, problem) = HouseholdParquet.Open(text, inputStream);
            if (records is null)
            {
                error.WriteLine(text.Say($"error: INPUT: {problem}"));
                return ExitCodes.InvalidInput;
            }

            using (records)
            {
                if (ReviewTable(records, () => records.RowsRead, () => records.Groups.Read * 100 / Math.Max(1, records.Groups.Total)) is { } stopped)
                {
                    return stopped;
                }
            }
        }
        else if (csvIn)
        {
            using var reader = new CsvRecordReader(inputStream);
            if (ReviewTable(reader, () => reader.LinesRead, () => (int)Math.Min(100, reader.BytesRead * 100 / size)) is { } stopped)
            {
                return stopped;
            }
        }
        else
        {
            using var lines = new ReadAheadLines(inputStream, ReviewBatch.BatchSize);
            var items = new ReviewItem[ReviewBatch.BatchSize];
            foreach (var batch in lines.Read())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var line = batch.Lines[i];
                    if (line.TooLong)
                    {
                        // A line longer than any household needs means the file is not household JSON lines (or never ends).
                        error.WriteLine(text.Say($"error: {Errors.LineTooLong(text, line.Number)}"));
                        return ExitCodes.InvalidInput;
                    }

                    items[i] = ReviewItem.JsonLine(line.Number, line.Bytes);
                }

                review.Run(items, batch.Count, writer, error);
                read = batch.LinesRead;
                Progress(text, error, interactive, read, (int)Math.Min(100, batch.BytesRead * 100 / size), clock.Elapsed);
            }

            read = lines.LinesRead;
        }

        table?.Complete();
        outputFile.Commit();
        if (interactive)
        {
            error.WriteLine();
        }

        output.WriteLine(inputFormat == "parquet"
            ? text.Say($"reviewed {read} rows: {review.Written} households assessed, {review.Bad} bad households skipped ({Rate(read, clock.Elapsed)} rows a second)")
            : csvIn
            ? text.Say($"reviewed {read} lines: {review.Written} households assessed, {review.Bad} bad households skipped ({Rate(read, clock.Elapsed)} lines a second)")
            : text.Say($"reviewed {read} lines: {review.Written} households assessed, {review.Bad} bad lines skipped ({Rate(read, clock.Elapsed)} lines a second)"));
        return ExitCodes.Success;
    }

    /// <summary>A bar redrawn in place on an interactive terminal; otherwise one plain line per batch, for logs.</summary>
    private static void Progress(CliText text, TextWriter error, bool interactive, long read, int percent, TimeSpan elapsed, bool rows = false)
    {
        var line = rows
            ? text.Say($"reviewed {read} rows ({percent}%), {Rate(read, elapsed)} a second")
            : text.Say($"reviewed {read} lines ({percent}%), {Rate(read, elapsed)} a second");
        if (interactive)
        {
            const int Width = 30;
            var done = percent * Width / 100;
            error.Write($"\r[{new string('#', done)}{new string('-', Width - done)}] {line}");
        }
        else
        {
            error.WriteLine(line);
        }
    }

    private static string Rate(long count, TimeSpan elapsed) =>
        (count / Math.Max(elapsed.TotalSeconds, 0.001)).ToString("0", CultureInfo.InvariantCulture);
}
