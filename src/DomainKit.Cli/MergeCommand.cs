using System.CommandLine;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// <c>domainkit merge PART... --base POLICY --reform POLICY | --set ID=VALUE...</c>: the <c>domainkit/reform-report@2</c>
/// documents that <c>compare --json</c> wrote for disjoint parts of one caseload, merged into the comparison of the
/// whole, and written as <c>compare</c> writes it (the summary, <c>--csv</c>, <c>--measures</c>, <c>--json</c>,
/// <c>--report</c>, <c>--charts</c>): equal, figure for figure and byte for byte, to one <c>compare</c> of the whole.
/// </summary>
/// <remarks>
/// The policy options are those the parts were compared with: every part must name the same two policy sets, content
/// hash included, as the options load, so a part compared under other rules is refused rather than added in. The
/// date, the take-up rates and the figures come from the parts.
/// </remarks>
internal static class MergeCommand
{
    /// <summary>The most bytes a part's document may take: far more than the largest income distribution needs.</summary>
    public const int MaxPartBytes = 128 * 1024 * 1024;

    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var parts = new Argument<FileInfo[]>("PART") { Description = text.Say($"The parts' comparisons, each a domainkit/reform-report@2 document written by compare --json."), Arity = ArgumentArity.OneOrMore };
        var baseline = new Option<string>("--base") { Description = text.Say($"The policy in force the parts were compared under: a bundled set or a policy file."), Required = true };
        var reform = new Option<string?>("--reform") { Description = text.Say($"The reform the parts were compared under: a bundled set or a policy file. Default: the base with --set applied.") };
        var set = new Option<string[]>("--set") { Description = text.Say($"A reform as ID=VALUE, as the parts were compared with; repeatable; applies from the parts' date."), AllowMultipleArgumentsPerToken = false };
        var csv = new Option<FileInfo?>("--csv") { Description = text.Say($"Also write the programme and fund tables as CSV to this file.") };
        var measures = new Option<FileInfo?>("--measures") { Description = text.Say($"Also write every figure (programmes, funds, population, poverty, deciles, regions) as a long table, one figure a row, to this file: CSV for .csv, Parquet for .parquet.") };
        var json = new Option<FileInfo?>("--json") { Description = text.Say($"Also write the comparison as a domainkit/reform-report@2 document to this file.") };
        var report = new Option<FileInfo?>("--report") { Description = text.Say($"Also write the comparison with its charts as one self-contained HTML page to this file.") };
        var charts = new Option<DirectoryInfo?>("--charts") { Description = text.Say($"Also write each chart as an SVG file to this directory.") };
        var command = new Command("merge", text.Say($"Merge the comparisons of disjoint parts of a caseload into the comparison of the whole."))
        {
            parts, baseline, reform, set, csv, measures, json, report, charts,
        };
        command.SetAction(parsed => Run(
            text,
            parsed.GetValue(parts) ?? [],
            (parsed.GetValue(baseline)!, parsed.GetValue(reform), parsed.GetValue(set) ?? []),
            (parsed.GetValue(csv), parsed.GetValue(measures), parsed.GetValue(json), parsed.GetValue(report), parsed.GetValue(charts)),
            output,
            error));
        return command;
    }

    private static int Run(
        CliText text,
        FileInfo[] parts,
        (string Baseline, string? Reform, string[] Sets) policies,
        (FileInfo? Csv, FileInfo? Measures, FileInfo? Json, FileInfo? Report, DirectoryInfo? Charts) files,
        TextWriter output,
        TextWriter error)
    {
        if (policies.Reform is null && policies.Sets.Length == 0)
        {
            error.WriteLine(text.Say($"error: --reform or --set: say what the reform is."));
            return ExitCodes.InvalidInput;
        }

        var read = new List<ComparedReport>(parts.Length);
        var problems = new List<Ardalis.Result.ValidationError>();
        foreach (var part in parts)
        {
            var bytes = InputFiles.Read(part.FullName, "PART", MaxPartBytes);
            var parsed = bytes.IsSuccess ? ReformReportJson.Parse(bytes.Value) : Result<ComparedReport>.Invalid(bytes.ValidationErrors);
            if (parsed.IsSuccess)
            {
                read.Add(parsed.Value);
                continue;
            }

            // Each problem is placed in its part's file: the document's own path follows the file's name.
            problems.AddRange(parsed.ValidationErrors.Select(e => Validation.Errors.WithPath(e, e.Identifier.Length == 0 || e.Identifier == "PART" ? part.Name : $"{part.Name}: {e.Identifier}")));
        }

        if (problems.Count > 0)
        {
            return Errors.Report(text, error, false, problems);
        }

        var date = read[0].Report.Date;
        var (baseline, reform) = CompareCommand.Policies(policies.Baseline, policies.Reform, policies.Sets, date);
        if (!baseline.IsSuccess || !reform.IsSuccess)
        {
            return Errors.Report(text, error, false, [.. baseline.ValidationErrors, .. reform.ValidationErrors]);
        }

        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].Baseline != ReformReportJson.Reference(baseline.Value) || read[i].Reform != ReformReportJson.Reference(reform.Value))
            {
                var name = parts[i].Name;
                error.WriteLine(text.Say($"error: {name}: the part was compared under other policy sets than --base, --reform and --set name (their ID, version or content differ); merge the parts with the options they were compared with."));
                return ExitCodes.InvalidInput;
            }
        }

        using var outputs = ComparisonOutputs.Open(text, error, files.Csv, files.Measures, files.Json, files.Report, files.Charts, [.. parts, .. CompareCommand.PolicyFiles(policies.Baseline, policies.Reform)]);
        if (outputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        var merged = ComparedReport.Combine(read);
        if (!merged.IsSuccess)
        {
            // A part is named by its file rather than by its place among the arguments.
            return Errors.Report(text, error, false, merged.ValidationErrors.Select(e => Validation.Errors.WithPath(e, Place(e.Identifier, parts))));
        }

        var r = merged.Value.Report;
        var count = parts.Length;
        var headline = text.Say($"{r.Households} households in {count} parts on {Dates.Format(r.Date)}, {baseline.Value.LabelIn(text.Language)} against {reform.Value.LabelIn(text.Language)}");
        return outputs.Write(text, r, baseline.Value, reform.Value, headline, output, error);
    }

    /// <summary><c>parts[2].date</c> as <c>east.json: date</c>.</summary>
    private static string Place(string identifier, FileInfo[] parts)
    {
        var close = identifier.IndexOf(']', StringComparison.Ordinal);
        if (!identifier.StartsWith("parts[", StringComparison.Ordinal) || close < 0
            || !int.TryParse(identifier.AsSpan(6, close - 6), System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= parts.Length)
        {
            return identifier;
        }

        var rest = identifier[(close + 1)..].TrimStart('.');
        return rest.Length == 0 ? parts[index].Name : $"{parts[index].Name}: {rest}";
    }
}
