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
    private const int BatchSize = 4_096;

    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("INPUT") { Description = text.Say($"Households as JSON lines (one domainkit/household@1 object per line) or as CSV (one row per member; see docs/households-csv.md).") };
        var target = new Option<FileInfo>("--out") { Description = text.Say($"Where to write one result per household."), Required = true };
        var format = new Option<string>("--format") { Description = text.Say($"Output: jsonl (default) or csv."), DefaultValueFactory = _ => "jsonl" };
        var inputFormat = new Option<string?>("--input-format") { Description = text.Say($"Input: jsonl or csv; by default csv for a .csv file and jsonl otherwise.") };
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

        if (format is not ("jsonl" or "csv"))
        {
            error.WriteLine(text.Say($"error: --format: jsonl or csv."));
            return ExitCodes.InvalidInput;
        }

        inputFormat ??= input.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl";
        if (inputFormat is not ("jsonl" or "csv"))
        {
            error.WriteLine(text.Say($"error: --input-format: jsonl or csv."));
            return ExitCodes.InvalidInput;
        }

        if (!input.Exists)
        {
            error.WriteLine(text.Say($"error: INPUT: no such file: {input.Name}."));
            return ExitCodes.InvalidInput;
        }

        var (_, date, policy) = resolved.Value;
        var terms = AssistanceTerms.Resolve(policy, date);
        if (!terms.IsSuccess)
        {
            return Errors.Report(text, error, false, terms.ValidationErrors);
        }

        var csvOut = format == "csv";
        var csvIn = inputFormat == "csv";
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        long read = 0;
        long written = 0;
        long bad = 0;
        // The bytes read so far against the file's length give the share done, without reading the file twice.
        long bytes = 0;
        var size = Math.Max(input.Length, 1);
        var lines = File.ReadLines(input.FullName).Select(line =>
        {
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
            return line;
        });
        var items = csvIn
            ? HouseholdCsv.Read(text, lines, count => read = count)
            : lines.Select((text, index) =>
            {
                read = index + 1;
                return string.IsNullOrWhiteSpace(text) ? null : ReviewItem.JsonLine(index + 1, text);
            }).OfType<ReviewItem>();
        using var writer = new StreamWriter(target.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (csvOut)
        {
            writer.WriteLine(csvIn
                ? "line,household,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance"
                : "line,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance");
        }

        foreach (var batch in items.Chunk(BatchSize))
        {
            if (batch.FirstOrDefault(item => item.IsFatal) is { } fatal)
            {
                error.WriteLine(text.Say($"error: {fatal.Problem}"));
                return ExitCodes.InvalidInput;
            }

            var results = new (bool Ok, string Text)[batch.Length];
            Parallel.For(0, batch.Length, i => results[i] = One(text, batch[i], terms.Value, csvOut));
            foreach (var (ok, line) in results)
            {
                if (ok)
                {
                    written++;
                    writer.WriteLine(line);
                }
                else
                {
                    bad++;
                    error.WriteLine(line);
                }
            }

            Progress(text, error, interactive, read, (int)Math.Min(100, bytes * 100 / size), clock.Elapsed);
        }

        if (interactive)
        {
            error.WriteLine();
        }

        output.WriteLine(csvIn
            ? text.Say($"reviewed {read} lines: {written} households assessed, {bad} bad households skipped ({Rate(read, clock.Elapsed)} lines a second)")
            : text.Say($"reviewed {read} lines: {written} households assessed, {bad} bad lines skipped ({Rate(read, clock.Elapsed)} lines a second)"));
        return ExitCodes.Success;
    }

    // Each problem on the line it concerns: a JSON line's own, or the CSV row and column of the member's field.
    private static string Problems(CliText text, ReviewItem item, IEnumerable<Ardalis.Result.ValidationError> errors) => item.Cells is null
        ? Errors.AtLine(text, item.Line, errors)
        : string.Join(Environment.NewLine, errors.Select(e =>
        {
            var (line, column) = item.Locate(e.Identifier);
            return text.Say($"line {line}: {Errors.Problem(text, column, e)}");
        }));

    /// <summary>A household's result, or its problems, each starting with <c>line N:</c>.</summary>
    private static (bool Ok, string Text) One(CliText text, ReviewItem item, AssistanceTerms terms, bool csv)
    {
        if (item.Problem is not null)
        {
            return (false, item.Problem);
        }

        var household = HouseholdJson.Parse(item.Json!);
        if (!household.IsSuccess)
        {
            return (false, Problems(text, item, household.ValidationErrors));
        }

        // HH-01, HH-04: a household that cannot be decided on the date is refused like one that cannot be read.
        var onDate = HouseholdOnDate.Check(household.Value, terms.Medical.Margin.ExtremePoverty.Dibao.MeansTest);
        if (onDate.Count > 0)
        {
            return (false, Problems(text, item, onDate));
        }

        var assessment = HouseholdAssessment.Assess(household.Value, terms);
        var qualifying = Enum.GetValues<Programme>().Where(assessment.Qualifies).Select(EnumTokens<Programme>.ToToken).ToList();
        string[] amounts =
        [
            Yuan(assessment.MonthlyCash),
            Yuan(assessment.Dibao.MonthlyBenefit),
            Yuan(assessment.Margin.SingleMemberDibaoMonthly),
            Yuan(assessment.MedicalAssistance),
        ];
        var line = item.Line.ToString(CultureInfo.InvariantCulture);
        return (true, csv
            ? string.Join(",", item.Key is null ? [line, string.Join(" ", qualifying), .. amounts] : [line, HouseholdCsv.Quote(item.Key), string.Join(" ", qualifying), .. amounts])
            : Compact(w =>
            {
                w.WriteStartObject();
                w.WriteString("schema", ReviewResultDocument.SchemaName);
                w.WriteNumber("line", item.Line);
                if (item.Key is not null)
                {
                    w.WriteString("household", item.Key);
                }

                w.WriteStartArray("qualifying");
                foreach (var programme in qualifying)
                {
                    w.WriteStringValue(programme);
                }

                w.WriteEndArray();
                string[] names = ["monthlyCash", "dibaoMonthly", "singleMemberDibaoMonthly", "medicalAssistance"];
                for (var i = 0; i < names.Length; i++)
                {
                    // Written as their exact text, so every amount keeps its two decimals.
                    w.WritePropertyName(names[i]);
                    w.WriteRawValue(amounts[i]);
                }

                w.WriteEndObject();
            }));
    }

    /// <summary>JSON on one line, for JSON lines output.</summary>
    private static string Compact(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A bar redrawn in place on an interactive terminal; otherwise one plain line per batch, for logs.</summary>
    private static void Progress(CliText text, TextWriter error, bool interactive, long read, int percent, TimeSpan elapsed)
    {
        var line = text.Say($"reviewed {read} lines ({percent}%), {Rate(read, elapsed)} a second");
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

    private static string Yuan(Money amount) => amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
