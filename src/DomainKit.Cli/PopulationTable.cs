using System.Collections.Concurrent;
using DomainKit.Assistance;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// The households of a CSV or Parquet table for a population comparison, each with its weight and region: read in
/// batches, each batch parsed across the cores and handed out in order. A bad household is reported against its row
/// and column and skipped; a problem that makes the table unreadable ends the reading through <c>stop</c>.
/// </summary>
internal static class PopulationTable
{
    /// <summary>
    /// How many households of a batch are built at once before they are handed out. The comparison takes them one at a
    /// time, and while it does, the reading thread decodes the next row groups and the collector runs; households built
    /// a whole batch ahead lived through those collections and were copied into the older generations (a comparison of
    /// 1,000,000 households from Parquet spent 2.6 s collecting, against 0.3 s from JSON lines). Built a few thousand at
    /// a time, they are gone before they age, and the cores still share each chunk.
    /// </summary>
    private const int ChunkSize = 2_048;

    public static IEnumerable<SurveyHousehold> Read(CliText text, Stream input, bool parquet, TextWriter error, Action skipped, Action<string> stop)
    {
        IHouseholdRecords records;
        IDisposable owner;
        if (parquet)
        {
            var (opened, problem) = HouseholdParquet.Open(text, input);
            if (opened is null)
            {
                stop(problem!);
                yield break;
            }

            (records, owner) = (opened, opened);
        }
        else
        {
            var reader = new CsvRecordReader(input);
            (records, owner) = (reader, reader);
        }

        using (owner)
        {
            var parsed = new SurveyHousehold?[ReviewBatch.BatchSize];
            var problems = new string?[ReviewBatch.BatchSize];
            using var ahead = new ReadAheadItems(ParquetHouseholds.Read(text, records), () => 0, () => 0);
            foreach (var (batch, _, _) in ahead.Read())
            {
                var fatal = batch[^1].IsFatal ? batch[^1].Problem : null;
                var count = fatal is null ? batch.Length : batch.Length - 1;
                for (var chunk = 0; chunk < count; chunk += ChunkSize)
                {
                    var end = Math.Min(count, chunk + ChunkSize);
                    Parallel.ForEach(Partitioner.Create(chunk, end, ReviewBatch.SliceSize), range =>
                    {
                        for (var i = range.Item1; i < range.Item2; i++)
                        {
                            (parsed[i], problems[i]) = Parse(text, batch[i]);
                        }
                    });
                    for (var i = chunk; i < end; i++)
                    {
                        if (parsed[i] is { } household)
                        {
                            parsed[i] = null;
                            yield return household;
                            continue;
                        }

                        skipped();
                        error.WriteLine(problems[i]);
                        problems[i] = null;
                    }
                }

                if (fatal is not null)
                {
                    // The table was not read to its end, so no figure of the comparison stands.
                    stop(fatal);
                    yield break;
                }
            }
        }
    }

    private static (SurveyHousehold? Household, string? Problem) Parse(CliText text, in ReviewItem read)
    {
        try
        {
            return Household(text, read.Ready());
        }
        finally
        {
            read.Finish();
        }
    }

    private static (SurveyHousehold? Household, string? Problem) Household(CliText text, ReviewItem item)
    {
        if (item.Problem is not null)
        {
            return (null, item.Problem);
        }

        if (!item.TryRead(out var household, out var problems))
        {
            return (null, ReviewBatch.Describe(text, item, problems));
        }

        // The weight was checked when the row was read, so the household is always created.
        return (SurveyHousehold.Create(HouseholdClaims.Of(household), item.Weight, item.Region).Value, null);
    }
}
