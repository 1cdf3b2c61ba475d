namespace DomainKit.Cli;

/// <summary>
/// Reads a JSON lines file as bytes, a batch of lines at a time, into one buffer that is reused: memory stays flat
/// however long the file, no line becomes a string, and each line's bytes go to the reader as they are.
/// </summary>
/// <remarks>
/// A batch's lines are valid until the next call. Line numbers count every line, blank ones included, as the
/// messages about a line do; a UTF-8 byte order mark at the start and a carriage return before a line feed are
/// not part of any line. A line longer than the limit (<see cref="MaxLineBytes"/> unless set) is reported as too long rather than read,
/// so one runaway line cannot take the machine's memory.
/// </remarks>
internal sealed class LineBatchReader : IDisposable
{
    /// <summary>No household document needs more; a longer line is refused without being held in memory.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool finished;
    private bool skippingLongLine;
    private long lineNumber;

    public LineBatchReader(Stream stream, int bufferBytes = 4 * 1024 * 1024, int maxLineBytes = MaxLineBytes)
    {
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;
        buffer = new byte[Math.Min(bufferBytes, maxLineBytes + 1)];
    }

    /// <summary>The bytes consumed so far, for progress.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The lines counted so far, blank ones included.</summary>
    public long LinesRead => lineNumber;

    /// <summary>
    /// Fills <paramref name="lines"/> with up to <paramref name="maxLines"/> non-blank lines, in order; false when the file
    /// is done and nothing more was read.
    /// </summary>
    public bool ReadBatch(List<Line> lines, int maxLines)
    {
        lines.Clear();
        while (lines.Count < maxLines)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Take(lines, newline, newline + 1);
                continue;
            }

            if (finished)
            {
                if (end > start)
                {
                    Take(lines, end - start, end - start);
                }

                break;
            }

            // The lines in the batch point into the buffer; hand them out before it moves.
            if (lines.Count > 0)
            {
                break;
            }

            if (start == 0 && end == buffer.Length)
            {
                // Room for the longest line allowed and its line feed.
                if (buffer.Length <= maxLineBytes)
                {
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxLineBytes + 1));
                }
                else
                {
                    // A line that does not fit is reported once, and the rest of it up to its end is dropped unread.
                    if (!skippingLongLine)
                    {
                        lineNumber++;
                        lines.Add(new Line(lineNumber, ReadOnlyMemory<byte>.Empty, TooLong: true));
                        skippingLongLine = true;
                    }

                    BytesRead += end;
                    end = 0;
                    continue;
                }
            }

            Fill();
        }

        return lines.Count > 0;
    }

    public void Dispose() => stream.Dispose();

    private void Take(List<Line> lines, int length, int consumed)
    {
        var offset = start;
        start += consumed;
        BytesRead += consumed;
        if (skippingLongLine)
        {
            skippingLongLine = false;
            return;
        }

        lineNumber++;
        if (lineNumber == 1 && buffer.AsSpan(offset, length).StartsWith("\uFEFF"u8))
        {
            offset += 3;
            length -= 3;
        }

        if (length > 0 && buffer[offset + length - 1] == (byte)'\r')
        {
            length--;
        }

        if (!IsBlank(buffer.AsSpan(offset, length)))
        {
            lines.Add(new Line(lineNumber, new ReadOnlyMemory<byte>(buffer, offset, length), TooLong: false));
        }
    }

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        finished = read == 0;
        end += read;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;

    /// <summary>One line: its number in the file and its bytes.</summary>
    public readonly record struct Line(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);
}
