using System.Collections.Concurrent;

namespace DomainKit.Cli;

/// <summary>
/// Reads the next batches of an input on a thread of its own while the cores work on the current one, so reading is
/// not a pause between batches: at most a few batches wait, so memory stays that of a few batches however long the
/// input. A subclass says how a batch is read; a failure to read is raised to the consumer after the last batch.
/// </summary>
/// <typeparam name="T">A batch.</typeparam>
internal abstract class ReadAhead<T> : IDisposable
{
    private readonly BlockingCollection<T> ready;
    private readonly CancellationTokenSource stop = new();
    private Task producer = Task.CompletedTask;

    /// <param name="ahead">How many batches may wait read before the consumer takes them.</param>
    protected ReadAhead(int ahead)
    {
        ready = new BlockingCollection<T>(boundedCapacity: ahead);
    }

    /// <summary>Cancelled when the consumer stops listening; a subclass waiting for anything waits on it.</summary>
    protected CancellationToken Stopping => stop.Token;

    /// <summary>The batches in input order; a batch is the consumer's until it asks for the next one.</summary>
    /// <exception cref="IOException">Reading the input failed.</exception>
    public IEnumerable<T> Read()
    {
        foreach (var batch in ready.GetConsumingEnumerable())
        {
            yield return batch;
            Used(batch);
        }

        // A failure to read ends the batches early; it is raised here, after the last batch read.
        producer.GetAwaiter().GetResult();
    }

    /// <summary>Stops the reading and waits for its thread, so that the input may be closed after this returns.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the reading thread; a subclass calls it once its own state is ready.</summary>
    protected void Start() =>
        producer = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Reads the input, handing each batch to <paramref name="hand"/>, which waits while enough batches wait.</summary>
    protected abstract void Produce(Action<T> hand);

    /// <summary>Called when the consumer is done with a batch, so that a subclass may reuse it.</summary>
    protected virtual void Used(T batch)
    {
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

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

    private void Run()
    {
        try
        {
            Produce(batch => ready.Add(batch, stop.Token));
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
