using System.Text;
using DomainKit.Cli;

namespace DomainKit.Tests.Cli;

/// <summary>Reading a batch ahead: every line once and in order, and a reader that stops early never leaves the file's thread waiting.</summary>
public sealed class ReadAheadLinesTest
{
    private static byte[] File(int lines) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, lines).Select(i => i % 7 == 0 ? "\n" : $"{{\"n\":{i}}}\n")));

    [Fact]
    public void EveryLine_ComesOnce_InOrder_WithItsNumber_AcrossBatchesThatAreReused()
    {
        using var lines = new ReadAheadLines(new MemoryStream(File(1_000)), batchSize: 10);
        var seen = new List<(long, string)>();
        foreach (var batch in lines.Read())
        {
            seen.AddRange(batch.Lines.Take(batch.Count).Select(l => (l.Number, Encoding.UTF8.GetString(l.Bytes.Span))));
        }

        var expected = Enumerable.Range(1, 1_000).Where(i => i % 7 != 0).Select(i => ((long)i, $"{{\"n\":{i}}}"));
        Assert.Equal(expected, seen);
        Assert.Equal(1_000, lines.LinesRead);
    }

    [Fact]
    public async Task AReaderThatStopsAfterTwoBatches_DisposesWithoutWaitingForTheRest()
    {
        var lines = new ReadAheadLines(new MemoryStream(File(100_000)), batchSize: 10);
        var taken = lines.Read().Take(2).Sum(batch => batch.Count);
        await Task.Run(lines.Dispose).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(20, taken);
    }
}
