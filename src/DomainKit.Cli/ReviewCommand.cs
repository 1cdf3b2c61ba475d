using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DomainKit.Assistance;
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

    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "Households as JSON lines, one domainkit/household@1 object per line (domainkit generate writes them)." };
        var target = new Option<FileInfo>("--out") { Description = "Where to write one result per household.", Required = true };
        var format = new Option<string>("--format") { Description = "jsonl (default) or csv.", DefaultValueFactory = _ => "jsonl" };
        var options = new EvaluationOptions("Write the error report as JSON (contract domainkit/errors@1) when the options are invalid.");
        var command = new Command("review", "Assess every household of a population for every programme, streaming and in parallel, with progress.") { input, target, format };
        options.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(input)!, parsed.GetValue(target)!, parsed.GetValue(format)!, options, output, error));
        return command;
    }

    private static int Run(ParseResult parsed, FileInfo input, FileInfo target, string format, EvaluationOptions options, TextWriter output, TextWriter error)
    {
        var resolved = options.Resolve(parsed);
        if (!resolved.IsSuccess)
        {
            return Errors.Report(error, parsed.GetValue(options.Json), resolved.ValidationErrors);
        }

        if (format is not ("jsonl" or "csv"))
        {
            error.WriteLine("error: --format: jsonl or csv.");
            return ExitCodes.InvalidInput;
        }

        if (!input.Exists)
        {
            error.WriteLine($"error: INPUT: no such file: {input.Name}.");
            return ExitCodes.InvalidInput;
        }

        var (_, date, policy) = resolved.Value;
        var terms = AssistanceTerms.Resolve(policy, date);
        if (!terms.IsSuccess)
        {
            return Errors.Report(error, false, terms.ValidationErrors);
        }

        var csv = format == "csv";
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        long read = 0;
        long written = 0;
        long bad = 0;
        using var writer = new StreamWriter(target.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (csv)
        {
            writer.WriteLine("line,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance");
        }

        foreach (var batch in File.ReadLines(input.FullName).Chunk(BatchSize))
        {
            var first = read + 1;
            var results = new string[batch.Length];
            Parallel.For(0, batch.Length, i => results[i] = One(first + i, batch[i], terms.Value, csv));
            foreach (var result in results)
            {
                if (result.StartsWith("line ", StringComparison.Ordinal))
                {
                    bad++;
                    error.WriteLine(result);
                }
                else if (result.Length > 0)
                {
                    written++;
                    writer.WriteLine(result);
                }
            }

            read += batch.Length;
            Progress(error, interactive, read, clock.Elapsed);
        }

        if (interactive)
        {
            error.WriteLine();
        }

        output.WriteLine($"reviewed {read} lines: {written} households assessed, {bad} bad lines skipped ({Rate(read, clock.Elapsed)} lines a second)");
        return ExitCodes.Success;
    }

    /// <summary>One line's result, an empty string for a blank line, or the line's problems starting with <c>line N:</c>.</summary>
    private static string One(long line, string text, AssistanceTerms terms, bool csv)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var household = HouseholdJson.Parse(text);
        if (!household.IsSuccess)
        {
            return $"line {line}: " + string.Join("; ", household.ValidationErrors.Select(e => (e.Identifier.Length > 0 ? e.Identifier + ": " : string.Empty) + $"{e.ErrorMessage} [{e.ErrorCode}]"));
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
        return csv
            ? string.Join(",", [line.ToString(CultureInfo.InvariantCulture), string.Join(" ", qualifying), .. amounts])
            : Compact(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("line", line);
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
            });
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

    private static void Progress(TextWriter error, bool interactive, long read, TimeSpan elapsed)
    {
        var line = $"reviewed {read} lines, {Rate(read, elapsed)} a second";
        if (interactive)
        {
            error.Write("\r" + line);
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
