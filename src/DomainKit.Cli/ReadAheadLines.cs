using System.Collections.Concurrent;

namespace DomainKit.Cli;

/// <summary>
/// Reads the next batch of JSON lines on a thread of its own while the cores work on the current one, so reading the
/// file is not a pause between batches. Each batch's bytes are copied out of the reader's buffer into one of three
/// batches that are handed round and reused: memory stays that of three batches however long the file.
/// </summary>
internal sealed class ReadAheadLines : IDisposable
{
    private const int Batches = 3;

    private readonly BlockingCollection<LineBatch> ready = new(boundedCapacity: Batches - 1);
    private readonly BlockingCollection<LineBatch> free = new(boundedCapacity: Batches);
    private readonly CancellationTokenSource stop = new();
    private readonly Task producer;

    public ReadAheadLines(Stream stream, int batchSize)
    {
        for (var i = 0; i < Batches; i++)
        {
            free.Add(new LineBatch(batchSize));
        }

        producer = Task.Run(() => Produce(stream, batchSize));
    }

    /// <summary>Every line of the file counted, blank ones included, once <see cref="Read"/> has given its last batch.</summary>
    public long LinesRead { get; private set; }

    /// <summary>The batches in file order; a batch is valid until the next one is asked for.</summary>
    /// <exception cref="IOException">Reading the file failed.</exception>
    public IEnumerable<LineBatch> Read()
    {
        foreach (var batch in ready.GetConsumingEnumerable())
        {
            yield return batch;
            free.Add(batch);
        }

        // A failure to read ends the batches early; it is raised here, after the last batch read.
        producer.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            producer.Wait();
        }
        catch (AggregateException)
        {
            // Already raised by Read, or of no interest once the reader has stopped listening.
        }

        stop.Dispose();
        ready.Dispose();
        free.Dispose();
    }

    private void Produce(Stream stream, int batchSize)
    {
        try
        {
            using var reader = new LineBatchReader(stream);
            var lines = new List<LineBatchReader.Line>(batchSize);
            while (reader.ReadBatch(lines, batchSize))
            {
                var batch = free.Take(stop.Token);
                batch.Fill(lines, reader.LinesRead, reader.BytesRead);
                ready.Add(batch, stop.Token);
            }

            LinesRead = reader.LinesRead;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped early; nothing more is wanted.
        }
        finally
        {
            ready.CompleteAdding();
        }
    }
}
