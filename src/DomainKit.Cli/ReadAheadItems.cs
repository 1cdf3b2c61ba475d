using System.Collections.Concurrent;

namespace DomainKit.Cli;

/// <summary>
/// Reads a table's households in batches on a thread of its own while the cores work on the batch before, so that
/// decoding the table (one thread's work) and assessing its households (every core's) overlap rather than take turns.
/// At most two batches wait ahead, so memory stays that of a few batches however long the table.
/// </summary>
internal sealed class ReadAheadItems : IDisposable
{
    private const int Ahead = 2;

    private readonly BlockingCollection<(ReviewItem[] Items, long Position, int Percent)> ready = new(boundedCapacity: Ahead);
    private readonly CancellationTokenSource stop = new();
    private readonly Task producer;

    /// <param name="items">The table's households, read as they are enumerated; a fatal item ends its batch and the reading.</param>
    /// <param name="position">How far through the table the reading is (rows or lines), asked after each batch.</param>
    /// <param name="percent">How far through the table the reading is, in per cent, asked after each batch.</param>
    public ReadAheadItems(IEnumerable<ReviewItem> items, Func<long> position, Func<int> percent)
    {
        producer = Task.Factory.StartNew(() => Produce(items, position, percent), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The batches in table order, each with the position and per cent reached once it was read.</summary>
    /// <exception cref="IOException">Reading the file failed.</exception>
    public IEnumerable<(ReviewItem[] Items, long Position, int Percent)> Read()
    {
        foreach (var batch in ready.GetConsumingEnumerable())
        {
            yield return batch;
        }

        // A failure to read ends the batches early; it is raised here, after the last batch read.
        producer.GetAwaiter().GetResult();
    }

    /// <summary>Stops the reading and waits for its thread, so that the file may be closed after this returns.</summary>
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
    }

    private void Produce(IEnumerable<ReviewItem> items, Func<long> position, Func<int> percent)
    {
        try
        {
            foreach (var batch in items.Chunk(ReviewBatch.BatchSize))
            {
                ready.Add((batch, position(), percent()), stop.Token);
                if (batch[^1].IsFatal)
                {
                    return;
                }
            }
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
