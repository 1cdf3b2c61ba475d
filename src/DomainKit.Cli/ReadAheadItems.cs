namespace DomainKit.Cli;

/// <summary>
/// Reads a table's households in batches on a thread of its own while the cores work on the batch before, so that
/// decoding the table (one thread's work) and assessing its households (every core's) overlap rather than take turns.
/// At most two batches wait ahead, so memory stays that of a few batches however long the table.
/// </summary>
internal sealed class ReadAheadItems : ReadAhead<(ReviewItem[] Items, long Position, int Percent)>
{
    private readonly System.Collections.Concurrent.ConcurrentBag<ReviewItem[]> free = [];
    private readonly IEnumerable<ReviewItem> items;
    private readonly Func<long> position;
    private readonly Func<int> percent;

    /// <param name="items">The table's households, read as they are enumerated; a fatal item ends its batch and the reading.</param>
    /// <param name="position">How far through the table the reading is (rows or lines), asked after each batch.</param>
    /// <param name="percent">How far through the table the reading is, in per cent, asked after each batch.</param>
    public ReadAheadItems(IEnumerable<ReviewItem> items, Func<long> position, Func<int> percent)
        : base(2)
    {
        this.items = items;
        this.position = position;
        this.percent = percent;
        Start();
    }

    protected override void Produce(Action<(ReviewItem[] Items, long Position, int Percent)> hand)
    {
        var batch = Take();
        var count = 0;
        foreach (var item in items)
        {
            batch[count++] = item;
            if (item.IsFatal)
            {
                // A batch ends with its fatal item, so it is handed out at the length it has.
                hand((batch[..count], position(), percent()));
                return;
            }

            if (count == batch.Length)
            {
                hand((batch, position(), percent()));
                (batch, count) = (Take(), 0);
            }
        }

        if (count > 0)
        {
            hand((batch[..count], position(), percent()));
        }
    }

    /// <summary>A full batch the consumer is done with is kept for the batches after it, emptied so its households can go.</summary>
    protected override void Used((ReviewItem[] Items, long Position, int Percent) batch)
    {
        if (batch.Items.Length == ReviewBatch.BatchSize)
        {
            Array.Clear(batch.Items);
            free.Add(batch.Items);
        }
    }

    // Batches are large objects; allocating one for every batch made the collector stop every thread often.
    private ReviewItem[] Take() => free.TryTake(out var batch) ? batch : new ReviewItem[ReviewBatch.BatchSize];
}
