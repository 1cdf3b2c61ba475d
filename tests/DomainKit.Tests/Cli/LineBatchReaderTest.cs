using System.Text;
using DomainKit.Cli;

namespace DomainKit.Tests.Cli;

/// <summary>The JSON lines reader behind review and compare: every line once, in order, with its number, whatever the buffer's size.</summary>
public sealed class LineBatchReaderTest
{
    [Theory]
    [InlineData(4, 1)]
    [InlineData(7, 2)]
    [InlineData(16, 3)]
    [InlineData(1024, 100)]
    public void Lines_AcrossBufferBoundaries_ComeOutWhole_NumberedAndInOrder(int bufferBytes, int batchSize)
    {
        var text = "\uFEFF{\"a\":1}\r\n\n  \n{\"b\":\"二\"}\n\t\r\n{\"c\":[1,2,3]}\r\nlast";
        var lines = ReadAll(Encoding.UTF8.GetBytes(text), bufferBytes, batchSize, maxLineBytes: 64);
        Assert.Equal(
            [(1L, "{\"a\":1}"), (4L, "{\"b\":\"二\"}"), (6L, "{\"c\":[1,2,3]}"), (7L, "last")],
            lines.Select(l => (l.Number, Encoding.UTF8.GetString(l.Bytes))));
    }

    [Fact]
    public void ALineOverTheLimit_IsReportedOnce_WithoutBeingHeld_AndTheNextLineIsRead()
    {
        var longLine = new string('x', 100);
        var text = $"{{}}\n{longLine}\n{new string('y', 32)}\n{{\"z\":1}}\n{longLine}";
        var lines = ReadAll(Encoding.UTF8.GetBytes(text), bufferBytes: 8, batchSize: 2, maxLineBytes: 32);
        Assert.Equal(
            [(1L, false, "{}"), (2L, true, string.Empty), (3L, false, new string('y', 32)), (4L, false, "{\"z\":1}"), (5L, true, string.Empty)],
            lines.Select(l => (l.Number, l.TooLong, Encoding.UTF8.GetString(l.Bytes))));
    }

    [Fact]
    public void AnEmptyFile_HasNoBatch()
    {
        using var reader = new LineBatchReader(new MemoryStream());
        Assert.False(reader.ReadBatch([], 10));
        Assert.Equal(0, reader.LinesRead);
    }

    private static List<(long Number, bool TooLong, byte[] Bytes)> ReadAll(byte[] bytes, int bufferBytes, int batchSize, int maxLineBytes)
    {
        using var reader = new LineBatchReader(new MemoryStream(bytes), bufferBytes, maxLineBytes);
        var all = new List<(long, bool, byte[])>();
        var batch = new List<LineBatchReader.Line>();
        while (reader.ReadBatch(batch, batchSize))
        {
            Assert.InRange(batch.Count, 1, batchSize);
            all.AddRange(batch.Select(line => (line.Number, line.TooLong, line.Bytes.ToArray())));
        }

        Assert.Equal(bytes.Length, reader.BytesRead);
        return all;
    }
}
