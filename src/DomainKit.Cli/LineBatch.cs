namespace DomainKit.Cli;

/// <summary>A batch of JSON lines that owns its bytes, so it stays valid while the next batch is read.</summary>
internal sealed class LineBatch
{
    private byte[] bytes = new byte[1024 * 1024];

    public LineBatch(int capacity) => Lines = new LineBatchReader.Line[capacity];

    /// <summary>The lines, the first <see cref="Count"/> of which are this batch's.</summary>
    public LineBatchReader.Line[] Lines { get; }

    public int Count { get; private set; }

    /// <summary>The lines of the file counted up to the end of this batch, blank ones included.</summary>
    public long LinesRead { get; private set; }

    /// <summary>The bytes of the file consumed up to the end of this batch, for progress.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Copies the reader's lines, whose bytes are only valid until its next batch, into this batch.</summary>
    public void Fill(List<LineBatchReader.Line> lines, long linesRead, long bytesRead)
    {
        var total = 0;
        foreach (var line in lines)
        {
            total += line.Bytes.Length;
        }

        if (bytes.Length < total)
        {
            bytes = new byte[Math.Max(total, bytes.Length * 2)];
        }

        var offset = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            line.Bytes.Span.CopyTo(bytes.AsSpan(offset));
            Lines[i] = line with { Bytes = new ReadOnlyMemory<byte>(bytes, offset, line.Bytes.Length) };
            offset += line.Bytes.Length;
        }

        Count = lines.Count;
        LinesRead = linesRead;
        BytesRead = bytesRead;
    }
}
