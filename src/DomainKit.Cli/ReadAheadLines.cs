using System.Collections.Concurrent;

namespace DomainKit.Cli;

/// <summary>
/// Reads the next batch of JSON lines on a thread of its own while the cores work on the current one, so reading the
/// file is not a pause between batches. Each batch's bytes are copied out of the reader's buffer into one of three
/// batches that are handed round and reused: memory stays that of three batches however long the file.
/// </summary>
internal sealed class ReadAheadLines : ReadAhead<LineBatch>
{
    private const int Batches = 3;

    private readonly BlockingCollection<LineBatch> free = new(boundedCapacity: Batches);
    private readonly Stream stream;
    private readonly int batchSize;

    public ReadAheadLines(Stream stream, int batchSize)
        : base(Batches - 1)
    {
        this.stream = stream;
        this.batchSize = batchSize;
        for (var i = 0; i < Batches; i++)
        {
            free.Add(new LineBatch(batchSize));
        }

        Start();
    }

    /// <summary>Every line of the file counted, blank ones included, once <see cref="ReadAhead{T}.Read"/> has given its last batch.</summary>
    public long LinesRead { get; private set; }

    protected override void Produce(Action<LineBatch> hand)
    {
        using var reader = new LineBatchReader(stream);
        var lines = new List<LineBatchReader.Line>(batchSize);
        while (reader.ReadBatch(lines, batchSize))
        {
            var batch = free.Take(Stopping);
            batch.Fill(lines, reader.LinesRead, reader.BytesRead);
            hand(batch);
        }

        LinesRead = reader.LinesRead;
    }

    protected override void Used(LineBatch batch) => free.Add(batch);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            free.Dispose();
        }
    }
}
