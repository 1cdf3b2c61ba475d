using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;
using Parquet;
using Parquet.Schema;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>
/// Households as Parquet: what <c>generate</c> writes, <c>review</c> and <c>compare</c> read exactly as the same households
/// in CSV; a table written by another tool (doubles, longs, timestamps) is read by the same strict checks, each problem
/// reported against its row and column; a file that is not a households table stops the run.
/// </summary>
public class ParquetHouseholdsTest
{
    private static readonly string[] Zhifu = ["--policy", "zhifu-pilot", "--date", "2026-03-01"];

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"parquet-{Guid.NewGuid():N}{extension}");

    private static string Generated(string format, int households)
    {
        var file = Temp("." + format);
        var (code, _, error) = Run("generate", "--households", households.ToString(CultureInfo.InvariantCulture), "--seed", "5", "--format", format, "--out", file);
        Assert.True(code == 0, error);
        return file;
    }

    [Fact]
    public void Review_OfGeneratedParquet_EqualsReviewOfTheSameHouseholdsInCsv()
    {
        var (parquet, csv) = (Generated("parquet", 1_500), Generated("csv", 1_500));
        var (parquetOut, csvOut) = (Temp(".jsonl"), Temp(".jsonl"));
        Assert.Equal(0, Run(["review", parquet, "--out", parquetOut, .. Zhifu]).Code);
        Assert.Equal(0, Run(["review", csv, "--out", csvOut, .. Zhifu]).Code);

        // The same households, keys and results; only "line" differs (a CSV line against a Parquet row, one header apart).
        static string WithoutLine(string line) => System.Text.RegularExpressions.Regex.Replace(line, "\"line\":[0-9]+,", string.Empty);
        var fromParquet = File.ReadAllLines(parquetOut);
        Assert.Equal(1_500, fromParquet.Length);
        Assert.Equal(File.ReadAllLines(csvOut).Select(WithoutLine), fromParquet.Select(WithoutLine));
        Assert.Contains("\"line\":1,", fromParquet[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_OfParquet_WithWeightsRegionsAndTakeUp_AgreesWithTheLibrary()
    {
        var file = Temp(".parquet");
        // Two households of the hand-worked population test: A (¥6,000 a year, weight 2.5, Zhifu), E (no income, ¥1,000,000 in the bank, weight 0.5).
        Write(file, [("household", typeof(string)), ("relation", typeof(string)), ("birthDate", typeof(DateTime)), ("wages", typeof(double)), ("financialAssets", typeof(long)), ("weight", typeof(double)), ("region", typeof(string))],
        [
            ["a", "applicant", new DateTime(1980, 1, 1), 6000.0, null, 2.5, "370602"],
            ["e", "applicant", new DateTime(1980, 1, 1), null, 1_000_000L, 0.5, null],
        ]);
        var (code, output, error) = Run("compare", file, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--take-up", "dibao=80");
        Assert.True(code == 0, error);

        // Before assistance A is 450 short, E 950: 2.5 × 450 + 0.5 × 950 = 1,600; dibao closes A's gap, not E's (0.5 × 950 = 475).
        Assert.Contains("3 households before assistance (gap 1600 yuan a month), 0.5 under the baseline (gap 475)", output, StringComparison.Ordinal);
        Assert.Contains("standing for 3 households; take-up: dibao 80%", output, StringComparison.Ordinal);

        var date = new LocalDate(2026, 3, 1);
        var a = SurveyHousehold.Create(HouseholdClaims.Of(Household.Create([new HouseholdMember { Relation = Relation.Applicant, BirthDate = new LocalDate(1980, 1, 1), Incomes = [new Income(IncomeKind.Wages, Money.FromYuan(6_000m))] }], HouseholdAssets.None).Value), 2.5m, RegionCode.Parse("370602").Value).Value;
        var expected = ReformComparison.Compare([a], PolicySets.ZhifuPilot, PolicySets.ZhifuPilot.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), date), date, ReformComparisonOptions.Default).Value;
        Assert.Equal(2.5m, expected.Regions.Single().Change.Households);
    }

    [Fact]
    public void ForeignTypes_AreCheckedAsCsvCellsAre_EachProblemOnItsRowAndColumn()
    {
        var file = Temp(".parquet");
        Write(file, [("household", typeof(string)), ("relation", typeof(string)), ("birthDate", typeof(DateTime)), ("wages", typeof(double)), ("weight", typeof(decimal))],
        [
            ["h1", "applicant", new DateTime(1980, 1, 1), 0.1 + 0.2, 1m],        // 0.30000000000000004 is not a number of fen
            ["h2", "applicant", new DateTime(1980, 1, 1, 12, 0, 0), 100.0, 1m],  // a timestamp that is not a date
            ["h3", "applicant", new DateTime(1980, 1, 1), 100.0, 0m],            // a weight of 0
            ["h4", "applicant", new DateTime(1980, 1, 1), 100.0, 1m],
            ["h4", "spouse", new DateTime(1981, 1, 1), 100.0, 2m],               // a weight on a member's row
            ["h5", "applicant", new DateTime(1980, 1, 1), 100.0, null],
        ]);
        var output = Temp(".jsonl");
        var (code, text, error) = Run(["review", file, "--out", output, .. Zhifu]);
        Assert.True(code == 0, error);
        Assert.Contains("row 1: wages: ", error, StringComparison.Ordinal);
        Assert.Contains("[money.notExact]", error, StringComparison.Ordinal);
        Assert.Contains("row 2: birthDate: ", error, StringComparison.Ordinal);
        Assert.Contains("row 3: weight: ", error, StringComparison.Ordinal);
        Assert.Contains("row 5: weight: the household's own columns belong on its first row.", error, StringComparison.Ordinal);
        Assert.Contains("1 households assessed, 4 bad households skipped", text, StringComparison.Ordinal);
        Assert.Contains("\"household\":\"h5\"", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain("0.30000000000000004", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsortedKeys_StopTheRun_NamingBothRows()
    {
        var file = Temp(".parquet");
        Write(file, [("household", typeof(string)), ("relation", typeof(string)), ("birthDate", typeof(DateTime))],
        [
            ["b", "applicant", new DateTime(1980, 1, 1)],
            ["a", "applicant", new DateTime(1980, 1, 1)],
        ]);
        var output = Temp(".jsonl");
        var (code, _, error) = Run(["review", file, "--out", output, .. Zhifu]);
        Assert.Equal(2, code);
        Assert.Contains("row 2: the household key sorts before the key on row 1", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        var compared = Run("compare", file, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01");
        Assert.True(compared.Code == 2, compared.Error);
        Assert.Contains("row 2: the household key sorts before the key on row 1", compared.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAHouseholdsTable_StopsTheRun()
    {
        var text = Temp(".parquet");
        File.WriteAllText(text, "household,relation\nh1,applicant\n");
        var binary = Temp(".parquet");
        Write(binary, [("household", typeof(string)), ("relation", typeof(byte[])), ("birthDate", typeof(DateTime))], [["h1", new byte[] { 1 }, new DateTime(1980, 1, 1)]]);
        var unknown = Temp(".parquet");
        Write(unknown, [("household", typeof(string)), ("name", typeof(string)), ("birthDate", typeof(DateTime))], [["h1", "Zhang San", new DateTime(1980, 1, 1)]]);

        Assert.Contains("not a readable Parquet file", Run(["review", text, "--out", Temp(".jsonl"), .. Zhifu]).Error, StringComparison.Ordinal);
        Assert.Contains("column 2 is nested, repeated or of a type", Run(["review", binary, "--out", Temp(".jsonl"), .. Zhifu]).Error, StringComparison.Ordinal);
        var refused = Run(["review", unknown, "--out", Temp(".jsonl"), .. Zhifu]);
        Assert.Equal(2, refused.Code);
        Assert.Contains("the Parquet file's columns: column 2 is not a known column", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Zhang San", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedPage_StopsTheRun_WithNothingWritten()
    {
        var file = Generated("parquet", 3_000);
        var bytes = File.ReadAllBytes(file);
        // The data pages lie between the magic number at the start and the footer at the end: spoil the middle of them.
        Array.Fill(bytes, (byte)0xA5, bytes.Length / 3, bytes.Length / 3);
        File.WriteAllBytes(file, bytes);
        var output = Temp(".jsonl");
        var (code, _, error) = Run(["review", file, "--out", output, .. Zhifu]);
        Assert.Equal(2, code);
        Assert.True(error.Contains("cannot be read", StringComparison.Ordinal) || error.Contains("not a readable Parquet file", StringComparison.Ordinal), error);
        Assert.False(File.Exists(output));
        Assert.Equal(2, Run("compare", file, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01").Code);
    }

    [Fact]
    public void GenerateParquet_ToStandardOutput_IsRefused()
    {
        var (code, _, error) = Run("generate", "--households", "3", "--format", "parquet");
        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    /// <summary>Writes a table as another tool would: one row group, each column of the CLR type given, nulls where a cell is null.</summary>
    private static void Write(string path, (string Name, Type Type)[] columns, object?[][] rows)
    {
        using var stream = File.Create(path);
        var fields = columns.Select(column => new DataField(column.Name, column.Type, isNullable: true)).ToArray();
        var writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
        using (var group = writer.CreateRowGroup())
        {
            for (var c = 0; c < fields.Length; c++)
            {
                var cells = rows.Select(row => row[c]).ToArray();
                var task = columns[c].Type switch
                {
                    var t when t == typeof(string) => group.WriteAsync(fields[c], [.. cells.Select(cell => (string?)cell)]),
                    var t when t == typeof(byte[]) => group.WriteAsync(fields[c], [.. cells.Select(cell => (byte[]?)cell)]),
                    var t when t == typeof(DateTime) => group.WriteAsync<DateTime>(fields[c], cells.Select(cell => (DateTime?)cell).ToArray().AsMemory()),
                    var t when t == typeof(double) => group.WriteAsync<double>(fields[c], cells.Select(cell => (double?)cell).ToArray().AsMemory()),
                    var t when t == typeof(long) => group.WriteAsync<long>(fields[c], cells.Select(cell => (long?)cell).ToArray().AsMemory()),
                    _ => group.WriteAsync<decimal>(fields[c], cells.Select(cell => (decimal?)cell).ToArray().AsMemory()),
                };
                task.GetAwaiter().GetResult();
            }
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
