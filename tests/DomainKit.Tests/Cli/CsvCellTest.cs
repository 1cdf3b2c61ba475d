using System.Text;
using DomainKit.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>Cells of every CSV the tool writes: a text a spreadsheet would run as a formula is written so that it shows as text.</summary>
public sealed class CsvCellTest
{
    private static readonly char[] Alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', ',', '"', '\'', '1', '.', 'A', '(', ' '];

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-x", "'-x")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("-12.05", "-12.05")]
    [InlineData("+3", "+3")]
    [InlineData("c-0001", "c-0001")]
    [InlineData("", "")]
    public void AFormulaLikeText_IsWrittenAsText_AndANumberStaysANumber(string cell, string written) =>
        Assert.Equal(written, CsvCell.Text(cell));

    [Property(MaxTest = 500)]
    public Property AnyText_ReadsBackAsItself_OrWithOneApostrophe_AndNeverStartsAsAFormula() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Alphabet)).Select(chars => new string([.. chars]).Trim()).ToArbitrary(),
            cell =>
            {
                using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(CsvCell.Text(cell) + ",end\n")));
                Assert.True(reader.Read(out var record));
                var read = record.Fields[0]!;
                Assert.True(read == cell || read == "'" + cell, $"{cell} read back as {read}");
                var number = decimal.TryParse(read, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _);
                Assert.True(read.Length == 0 || read[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') || number, read);
                Assert.Equal("end", record.Fields[1]);
            });

    [Fact]
    public void HouseholdKeysThatLookLikeFormulas_AreInertInReviewsCsvOutput()
    {
        var input = Path.Combine(Path.GetTempPath(), $"cells-{Guid.NewGuid():N}.csv");
        var output = Path.Combine(Path.GetTempPath(), $"cells-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(input, ["household,relation,birthDate", "\"=HYPERLINK(\"\"x\"\",1)\",applicant,1950-01-01", "@b,applicant,1950-01-01", "c,applicant,1950-01-01"]);
        var (code, _, _) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Equal(
            ["\"'=HYPERLINK(\"\"x\"\",1)\"", "'@b", "c"],
            File.ReadAllLines(output).Skip(1).Select(row => row[(row.IndexOf(',', StringComparison.Ordinal) + 1)..row.IndexOf(",dibao", StringComparison.Ordinal)]));
    }
}
