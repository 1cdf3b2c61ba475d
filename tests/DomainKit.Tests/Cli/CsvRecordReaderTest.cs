using System.Text;
using DomainKit.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Cli;

/// <summary>The CSV record reader behind CSV input: RFC 4180 quoting with line breaks inside quotes, physical line numbers, bounded records.</summary>
public sealed class CsvRecordReaderTest
{
    private static readonly char[] Alphabet = ['a', '二', ',', '"', '\n', '\r', ' ', '=', '1', '\t'];

    [Property(MaxTest = 300)]
    public Property AnyTrimmedFields_WrittenQuoted_ReadBackAsWritten_WithTheirLineNumbers() =>
        Prop.ForAll(
            Gen.ListOf(Gen.ListOf(Gen.ListOf(Gen.Elements(Alphabet)).Select(chars => new string([.. chars]).Trim())).Where(row => row.Count > 0))
                .Where(rows => rows.Count > 0).ToArbitrary(),
            rows =>
            {
                // A row of one empty field is a blank line, which the reader skips; it is not a record to compare.
                var records = rows.Where(row => !(row.Count == 1 && row[0].Length == 0)).Select(row => row.ToArray()).ToList();
                var text = string.Concat(records.Select(row => string.Join(",", row.Select(CsvCell.Quote)) + "\r\n"));
                var read = ReadAll(Encoding.UTF8.GetBytes(text));
                var expectedLines = new List<long>();
                long line = 1;
                foreach (var row in records)
                {
                    expectedLines.Add(line);
                    line += row.Sum(field => field.Count(c => c == '\n')) + 1;
                }

                Assert.Equal(records.Count, read.Count);
                for (var i = 0; i < records.Count; i++)
                {
                    Assert.Equal(CsvProblem.None, read[i].Problem);
                    Assert.Equal(records[i], read[i].Fields);
                    Assert.Equal(expectedLines[i], read[i].Line);
                }
            });

    [Fact]
    public void AQuotedLineBreak_IsPartOfItsField_AndTheNextRecordKeepsItsPhysicalLineNumber()
    {
        var read = ReadAll("\uFEFFa,\"x\ny\",b\r\n\r\nc,\"he said \"\"hi\"\"\",d\n"u8.ToArray());
        Assert.Equal(["1|a|x\ny|b", "4|c|he said \"hi\"|d"], read.Select(r => $"{r.Line}|{string.Join("|", r.Fields)}"));
    }

    [Fact]
    public void AQuoteNeverClosed_IsReportedOnTheRecordItOpensIn()
    {
        var read = ReadAll("a,b\nc,\"d\ne,f\n"u8.ToArray());
        Assert.Equal((2L, CsvProblem.UnterminatedQuote), (read[1].Line, read[1].Problem));
        Assert.Equal(2, read.Count);
    }

    [Fact]
    public void BytesThatAreNotUtf8_MakeOnlyTheirRecordMalformed()
    {
        var bytes = "a,b\nc,"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\ne,f\n"u8.ToArray()).ToArray();
        var read = ReadAll(bytes);
        Assert.Equal([CsvProblem.None, CsvProblem.InvalidUtf8, CsvProblem.None], read.Select(r => r.Problem));
        Assert.Null(read[1].Fields[1]);
        Assert.Equal(["e", "f"], read[2].Fields);
    }

    [Fact]
    public void ARecordOverTheLimit_StopsAtTheLimit_WithoutReadingTheRest()
    {
        var stream = new MemoryStream(new byte[10_000_000]);
        using var reader = new CsvRecordReader(stream, maxRecordBytes: 1000);
        Assert.True(reader.Read(out var record));
        Assert.Equal(CsvProblem.TooLong, record.Problem);
        Assert.True(stream.Position < 100_000, $"read {stream.Position} bytes");
    }

    private static List<CsvRecord> ReadAll(byte[] bytes)
    {
        using var reader = new CsvRecordReader(new MemoryStream(bytes), maxRecordBytes: 4096);
        var records = new List<CsvRecord>();
        while (reader.Read(out var record))
        {
            records.Add(record);
        }

        return records;
    }
}
