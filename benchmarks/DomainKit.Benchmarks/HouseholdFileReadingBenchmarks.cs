using System.Globalization;
using BenchmarkDotNet.Attributes;
using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Explanations;

namespace DomainKit.Benchmarks;

/// <summary>
/// Reading a households file into checked households, per household, on one thread: the same seeded caseload as
/// <c>generate</c> writes it, from JSON lines (split into lines, each parsed, checked and created) and from Parquet
/// (columns decoded, rows grouped by household key, each household checked and created), both from memory so that the
/// disk is not measured. The JSON-lines reading is the baseline: reading Parquet is not to cost more per household.
/// </summary>
[MemoryDiagnoser]
public class HouseholdFileReadingBenchmarks
{
    private const int Households = 100_000;

    private static readonly CliText English = new(Language.English);

    private byte[] jsonLines = [];
    private byte[] parquet = [];

    [GlobalSetup]
    public void Setup()
    {
        jsonLines = Generated("jsonl");
        parquet = Generated("parquet");

        // Both readings must accept every household and find as many members, or the comparison says nothing (a refused
        // household counts a million members, so no refusal goes unseen).
        if (JsonLines() is var fromLines && Parquet() is var fromTable && fromLines != fromTable)
        {
            throw new InvalidOperationException($"The two files do not read to the same households: {fromLines} members against {fromTable}.");
        }
    }

    /// <summary>The file <c>generate</c> writes in a format, as bytes.</summary>
    private static byte[] Generated(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"households-{Guid.NewGuid():N}.{format}");
        try
        {
            var error = new StringWriter();
            if (CliApp.Run(["generate", "--households", Households.ToString(CultureInfo.InvariantCulture), "--format", format, "--out", path], TextWriter.Null, error) != 0)
            {
                throw new InvalidOperationException(error.ToString());
            }

            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public long JsonLines()
    {
        long members = 0;
        using var reader = new LineBatchReader(new MemoryStream(jsonLines, writable: false));
        var lines = new List<LineBatchReader.Line>();
        while (reader.ReadBatch(lines, 4_096))
        {
            foreach (var line in lines)
            {
                var household = HouseholdJson.Parse(line.Bytes);
                members += household.IsSuccess ? household.Value.Members.Length : 1_000_000;
            }
        }

        return members;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public long Parquet()
    {
        long members = 0;
        var (records, problem) = HouseholdParquet.Open(English, new MemoryStream(parquet, writable: false));
        using (records ?? throw new InvalidOperationException(problem))
        {
            foreach (var item in ParquetHouseholds.Read(English, records))
            {
                var ready = item.Ready();
                members += ready.TryRead(out var household, out _) ? household.Members.Length : 1_000_000;
                item.Finish();
            }
        }

        return members;
    }
}
