using System.CommandLine;
using System.Text;
using System.Text.Json;
using DomainKit.Assistance;

namespace DomainKit.Cli;

/// <summary>
/// <c>domainkit generate --households N --seed S</c>: a reproducible synthetic population as JSON lines, one household
/// (<c>domainkit/household@2</c>) per line or as CSV, streamed so that any size needs the memory of one household.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The largest population one run writes.</summary>
    public const long MaxHouseholds = 100_000_000;

    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var households = new Option<long>("--households") { Description = text.Say($"How many households, 1 to 100,000,000."), Required = true };
        var seed = new Option<int>("--seed") { Description = text.Say($"The seed: the same seed gives the same population."), DefaultValueFactory = _ => SyntheticPopulation.DefaultSeed };
        var file = new Option<FileInfo?>("--out") { Description = text.Say($"Write to this file instead of standard output.") };
        var format = new Option<string>("--format") { Description = text.Say($"jsonl (default): one household per line; csv or parquet: one row per member."), DefaultValueFactory = _ => "jsonl" };
        var command = new Command("generate", text.Say($"Write a reproducible synthetic population of households as JSON lines, for trying review and compare at scale."))
        {
            households, seed, file, format,
        };
        command.SetAction(parsed => Run(text, parsed.GetValue(households), parsed.GetValue(seed), parsed.GetValue(file), parsed.GetValue(format)!, output, error));
        return command;
    }

    private static int Run(CliText text, long count, int seed, FileInfo? file, string format, TextWriter output, TextWriter error)
    {
        if (format is not ("jsonl" or "csv" or "parquet"))
        {
            error.WriteLine(text.Say($"error: --format: jsonl, csv or parquet."));
            return ExitCodes.InvalidInput;
        }

        if (format == "parquet" && file is null)
        {
            error.WriteLine(text.Say($"error: --out: a Parquet file is written to a file, not to standard output."));
            return ExitCodes.InvalidInput;
        }

        if (count is < 1 or > MaxHouseholds)
        {
            error.WriteLine(text.Say($"error: --households: between 1 and 100,000,000 households."));
            return ExitCodes.InvalidInput;
        }

        // A file is written under a temporary name and renamed when complete, as every command's output is.
        using var outputFile = file is null ? null : OutputFile.Open(text, "--out", file, error);
        if (file is not null && outputFile is null)
        {
            return ExitCodes.InvalidInput;
        }

        // Keys of one width, so that their order as text is their order as numbers, which CSV input requires.
        var keyWidth = count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        if (format == "parquet")
        {
            HouseholdParquet.Write(outputFile!.Stream, SyntheticPopulation.Stream(count, seed).Select((household, index) => (Key(index + 1, keyWidth), household, (Policies.RegionCode?)Region(index + 1))));
            outputFile.Commit();
            return ExitCodes.Success;
        }

        var target = outputFile is null ? null : new StreamWriter(outputFile.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        var writer = (TextWriter?)target ?? output;
        if (format == "csv")
        {
            writer.WriteLine(HouseholdCsv.Header);
        }

        long number = 0;
        foreach (var household in SyntheticPopulation.Stream(count, seed))
        {
            number++;
            if (format == "csv")
            {
                HouseholdCsv.Write(writer, Key(number, keyWidth), household, Region(number));
            }
            else
            {
                writer.WriteLine(Line(household));
            }
        }

        // The writer is flushed and done before the file is renamed; a run that throws leaves the temporary file to
        // the output's disposal, which removes it.
        target?.Dispose();
        outputFile?.Commit();
        return ExitCodes.Success;
    }

    private static string Key(long number, int width) => "h" + number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>
    /// The district of a generated household in a table: the four districts of Yantai's city proper (芝罘区 370602, 福山区
    /// 370611, 牟平区 370612, 莱山区 370613) in turn, so that comparisons by region have something to show.
    /// </summary>
    private static Policies.RegionCode Region(long number) => YantaiDistricts[(int)(number % YantaiDistricts.Length)];

    private static readonly Policies.RegionCode[] YantaiDistricts = [.. new[] { "370602", "370611", "370612", "370613" }.Select(code => Policies.RegionCode.Parse(code).Value)];

    /// <summary>A household on one line: the contract's own writer, without its indentation.</summary>
    internal static string Line(Household household)
    {
        using var document = JsonDocument.Parse(HouseholdJson.Write(household));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
