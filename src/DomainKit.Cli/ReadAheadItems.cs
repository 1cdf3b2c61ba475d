namespace DomainKit.Cli;

/// <summary>
/// Reads a table's households in batches on a thread of its own while the cores work on the batch before, so that
/// decoding the table (one thread's work) and assessing its households (every core's) overlap rather than take turns.
/// At most two batches wait ahead, so memory stays that of a few batches however long the table.
/// </summary>
internal sealed class ReadAheadItems : ReadAhead<(ReviewItem[] Items, long Position, int Percent)>
{
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
        foreach (var batch in items.Chunk(ReviewBatch.BatchSize))
        {
            hand((batch, position(), percent()));
            if (batch[^1].IsFatal)
            {
                return;
            }
        }
    }
}
