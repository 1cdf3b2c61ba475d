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
public sealed class ParquetHouseholdsTest : IDisposable
{
    private static readonly string[] Zhifu = ["--policy", "zhifu-pilot", "--date", "2026-03-01"];

    private readonly TemporaryFiles temporary = new("parquet-");

    public void Dispose() => temporary.Dispose();

    private string Generated(string format, int households)
    {
        var file = temporary.Path("." + format);
        var (code, _, error) = Run("generate", "--households", households.ToString(CultureInfo.InvariantCulture), "--seed", "5", "--format", format, "--out", file);
        Assert.True(code == 0, error);
        return file;
    }

    [Fact]
    public void Review_OfGeneratedParquet_EqualsReviewOfTheSameHouseholdsInCsv()
    {
        var (parquet, csv) = (Generated("parquet", 1_500), Generated("csv", 1_500));
        var (parquetOut, csvOut) = (temporary.Path(".jsonl"), temporary.Path(".jsonl"));
        var (code, _, progress) = Run(["review", parquet, "--out", parquetOut, .. Zhifu]);
        Assert.Equal(0, code);
        Assert.Matches(@"reviewed [0-9]+ rows \(100%\), ", progress);
        Assert.Equal(0, Run(["review", csv, "--out", csvOut, .. Zhifu]).Code);

        // The same households, keys and results; only "line" differs (a CSV line against a Parquet row, one header apart).
        static string WithoutLine(string line) => System.Text.RegularExpressions.Regex.Replace(line, "\"line\":[0-9]+,", string.Empty);
        var fromParquet = File.ReadAllLines(parquetOut);
        Assert.Equal(1_500, fromParquet.Length);
        Assert.Equal(File.ReadAllLines(csvOut).Select(WithoutLine), fromParquet.Select(WithoutLine));
        Assert.Contains("\"line\":1,", fromParquet[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Review_AsParquet_HoldsTheCsvResults_TypedAndInInputOrder()
    {
        var households = Generated("parquet", 1_500);
        var (table, csv) = (temporary.Path(".parquet"), temporary.Path(".csv"));
        var (code, _, error) = Run(["review", households, "--out", table, "--format", "parquet", .. Zhifu]);
        Assert.True(code == 0, error);
        Assert.Equal(0, Run(["review", households, "--out", csv, "--format", "csv", .. Zhifu]).Code);

        var expected = File.ReadAllLines(csv).Skip(1).Select(line => line.Split(',')).ToList();
        var rows = ReadResults(table);
        Assert.Equal(1_500, rows.Count);
        Assert.Contains(rows, row => row.Qualifying.Length > 0 && row.Amounts[0] > 0m);
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, household, qualifying, amounts) = rows[i];
            var cells = expected[i];
            Assert.Equal(long.Parse(cells[0], CultureInfo.InvariantCulture), line);
            Assert.Equal(cells[1], household);
            Assert.Equal(cells[2], qualifying);
            Assert.Equal(cells[3..].Select(cell => decimal.Parse(cell, CultureInfo.InvariantCulture)), amounts);
        }
    }

    [Fact]
    public void Review_OfJsonLines_AsParquet_HasNoKeys_AndNothingIsWrittenToStandardOutputOrOnARefusal()
    {
        var households = Generated("jsonl", 40);
        var table = temporary.Path(".parquet");
        var (code, _, error) = Run(["review", households, "--out", table, "--format", "parquet", .. Zhifu]);
        Assert.True(code == 0, error);
        var rows = ReadResults(table);
        Assert.Equal(Enumerable.Range(1, 40).Select(line => (long)line), rows.Select(row => row.Line));
        Assert.All(rows, row => Assert.Null(row.Household));

        // A run stopped after the table was begun (keys out of order) leaves no table behind.
        var unsorted = temporary.Path(".csv");
        File.WriteAllText(unsorted, "household,relation,birthDate\nb,applicant,1980-01-01\na,applicant,1980-01-01\n");
        var refused = temporary.Path(".parquet");
        var stopped = Run(["review", unsorted, "--out", refused, "--format", "parquet", .. Zhifu]);
        Assert.Equal(2, stopped.Code);
        Assert.Contains("sorts before the key on line 2", stopped.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(refused));
    }

    private static List<(string? Section, string? Group, string? Measure, decimal? Value, string? Unit)> ReadMeasures(string file)
    {
        using var stream = File.OpenRead(file);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            Assert.Equal(["section", "group", "measure", "value", "unit"], fields.Select(field => field.Name));
            Assert.Equal(1, reader.RowGroupCount);
            using var group = reader.OpenRowGroupReader(0);
            var count = (int)group.RowCount;
            string?[] Text(DataField field)
            {
                var text = new string?[count];
                group.ReadAsync(field, text.AsMemory()).AsTask().GetAwaiter().GetResult();
                return text;
            }

            var (sections, groups, measures, units) = (Text(fields[0]), Text(fields[1]), Text(fields[2]), Text(fields[4]));
            var values = new decimal?[count];
            group.ReadAsync<decimal>(fields[3], values.AsMemory()).AsTask().GetAwaiter().GetResult();
            return [.. Enumerable.Range(0, count).Select(i => (sections[i], groups[i], measures[i], values[i], units[i]))];
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static List<(long Line, string? Household, string Qualifying, decimal[] Amounts)> ReadResults(string file)
    {
        using var stream = File.OpenRead(file);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            Assert.Equal(["line", "household", "qualifying", "monthlyCash", "dibaoMonthly", "singleMemberDibaoMonthly", "medicalAssistance"], fields.Select(field => field.Name));
            var rows = new List<(long, string?, string, decimal[])>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = (int)group.RowCount;
                var lines = new long[count];
                group.ReadAsync<long>(fields[0], lines.AsMemory()).AsTask().GetAwaiter().GetResult();
                var keys = new string?[count];
                group.ReadAsync(fields[1], keys.AsMemory()).AsTask().GetAwaiter().GetResult();
                var qualifying = new string?[count];
                group.ReadAsync(fields[2], qualifying.AsMemory()).AsTask().GetAwaiter().GetResult();
                var amounts = fields[3..].Select(field =>
                {
                    var values = new decimal[count];
                    group.ReadAsync<decimal>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
                    return values;
                }).ToArray();
                for (var r = 0; r < count; r++)
                {
                    rows.Add((lines[r], keys[r], qualifying[r]!, [.. amounts.Select(column => column[r])]));
                }
            }

            return rows;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Fact]
    public void Compare_OfParquet_WithWeightsRegionsAndTakeUp_AgreesWithTheLibrary()
    {
        var file = temporary.Path(".parquet");
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
    public void Compare_Measures_AsCsvAndAsParquet_HoldTheHandWorkedFigures()
    {
        var file = temporary.Path(".parquet");
        Write(file, [("household", typeof(string)), ("relation", typeof(string)), ("birthDate", typeof(DateTime)), ("wages", typeof(double)), ("financialAssets", typeof(long)), ("weight", typeof(double)), ("region", typeof(string))],
        [
            ["a", "applicant", new DateTime(1980, 1, 1), 6000.0, null, 2.5, "370602"],
            ["e", "applicant", new DateTime(1980, 1, 1), null, 1_000_000L, 0.5, null],
        ]);
        var (csv, parquet) = (temporary.Path(".csv"), temporary.Path(".parquet"));
        string[] compare = ["compare", file, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--take-up", "dibao=80"];
        var (code, _, error) = Run([.. compare, "--measures", csv]);
        Assert.True(code == 0, error);
        Assert.Equal(0, Run([.. compare, "--measures", parquet]).Code);

        var lines = File.ReadAllLines(csv);
        Assert.Equal("section,group,measure,value,unit", lines[0]);
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        string Value(string section, string group, string measure) => rows.Single(r => r[0] == section && r[1] == group && r[2] == measure)[3];

        // A is 450 yuan a month short of the 950 line, E 950 (counted as no income): 2.5 × 450 + 0.5 × 950 = 1,600 before
        // assistance; dibao closes A's gap (2.5 households), E stays below (0.5 × 950 = 475), so 1,125 / 1,600 is closed.
        Assert.Equal("950", Value("poverty", "all", "line"));
        Assert.Equal("1600", Value("poverty", "beforeAssistance", "gap"));
        Assert.Equal("0.5", Value("poverty", "baseline", "households"));
        Assert.Equal("475", Value("poverty", "baseline", "gap"));
        Assert.Equal("0.703125", Value("poverty", "baseline", "gapClosed"));
        Assert.Equal("3", Value("population", "all", "households"));
        Assert.Equal("2.5", Value("programme", "dibao", "eligibleBefore"));
        Assert.Equal("0.8", Value("programme", "dibao", "takeUp"));
        Assert.Equal("2", Value("programme", "dibao", "estimatedRecipientsBefore"));
        Assert.Equal("2.5", Value("region", "370602", "households"));
        Assert.Equal(10, rows.Count(r => r[0] == "decile" && r[2] == "households"));

        // The Parquet table holds the same rows, the values as decimals.
        var table = ReadMeasures(parquet);
        Assert.Equal(rows.Count, table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            var (section, group, measure, value, unit) = table[i];
            Assert.Equal(string.Join(",", rows[i][0], rows[i][1], rows[i][2], rows[i][4]), string.Join(",", section, group, measure, unit));
            Assert.Equal(rows[i][3].Length == 0 ? null : decimal.Parse(rows[i][3], CultureInfo.InvariantCulture), value);
        }

        // A name that does not say the format is refused before any work, and nothing is written.
        var unnamed = temporary.Path(".txt");
        var refused = Run([.. compare, "--measures", unnamed]);
        Assert.Equal(2, refused.Code);
        Assert.Contains("--measures", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(unnamed));
    }

    [Fact]
    public void ARowGroupStatingMoreBytesThanAllowed_IsRefusedBeforeAnythingIsRead()
    {
        var file = Generated("parquet", 1_500);
        var english = new DomainKit.Cli.CliText(DomainKit.Explanations.Language.English);
        using (var allowed = File.OpenRead(file))
        {
            var (records, problem) = DomainKit.Cli.HouseholdParquet.Open(english, allowed);
            Assert.Null(problem);
            records!.Dispose();
        }

        // The same file against a bound below what its first row group's columns take once decompressed.
        using var bounded = File.OpenRead(file);
        var (none, refused) = DomainKit.Cli.HouseholdParquet.Open(english, bounded, maxRowGroupBytes: 1_000);
        Assert.Null(none);
        Assert.StartsWith("row group 1 states sizes that do not fit the file", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void ForeignTypes_AreCheckedAsCsvCellsAre_EachProblemOnItsRowAndColumn()
    {
        var file = temporary.Path(".parquet");
        Write(file, [("household", typeof(string)), ("relation", typeof(string)), ("birthDate", typeof(DateTime)), ("wages", typeof(double)), ("weight", typeof(decimal))],
        [
            ["h1", "applicant", new DateTime(1980, 1, 1), 0.1 + 0.2, 1m],        // 0.30000000000000004 is not a number of fen
            ["h2", "applicant", new DateTime(1980, 1, 1, 12, 0, 0), 100.0, 1m],  // a timestamp that is not a date
            ["h3", "applicant", new DateTime(1980, 1, 1), 100.0, 0m],            // a weight of 0
            ["h4", "applicant", new DateTime(1980, 1, 1), 100.0, 1m],
            ["h4", "spouse", new DateTime(1981, 1, 1), 100.0, 2m],               // a weight on a member's row
            ["h5", "applicant", new DateTime(1980, 1, 1), 100.0, null],
        ]);
        var output = temporary.Path(".jsonl");
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
        var file = temporary.Path(".parquet");
        Write(file, [("household", typeof(string)), ("relation", typeof(string)), ("birthDate", typeof(DateTime))],
        [
            ["b", "applicant", new DateTime(1980, 1, 1)],
            ["a", "applicant", new DateTime(1980, 1, 1)],
        ]);
        var output = temporary.Path(".jsonl");
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
        var text = temporary.Path(".parquet");
        File.WriteAllText(text, "household,relation\nh1,applicant\n");
        var binary = temporary.Path(".parquet");
        Write(binary, [("household", typeof(string)), ("relation", typeof(byte[])), ("birthDate", typeof(DateTime))], [["h1", new byte[] { 1 }, new DateTime(1980, 1, 1)]]);
        var unknown = temporary.Path(".parquet");
        Write(unknown, [("household", typeof(string)), ("name", typeof(string)), ("birthDate", typeof(DateTime))], [["h1", "Zhang San", new DateTime(1980, 1, 1)]]);

        Assert.Contains("not a readable Parquet file", Run(["review", text, "--out", temporary.Path(".jsonl"), .. Zhifu]).Error, StringComparison.Ordinal);
        Assert.Contains("column 2 is nested, repeated or of a type", Run(["review", binary, "--out", temporary.Path(".jsonl"), .. Zhifu]).Error, StringComparison.Ordinal);
        var refused = Run(["review", unknown, "--out", temporary.Path(".jsonl"), .. Zhifu]);
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
        var output = temporary.Path(".jsonl");
        var (code, _, error) = Run(["review", file, "--out", output, .. Zhifu]);
        Assert.Equal(2, code);
        Assert.True(error.Contains("cannot be read", StringComparison.Ordinal) || error.Contains("not a readable Parquet file", StringComparison.Ordinal), error);
        Assert.False(File.Exists(output));
        Assert.Equal(2, Run("compare", file, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01").Code);
    }

    /// <summary>
    /// A footer whose schema is damaged (a five-byte varint written over the schema's elements, at places around a
    /// decimal column's name found by flipping bytes of this file) is refused, by the footer check or as unreadable,
    /// never an internal fault: Parquet.Net decodes the schema only when first asked for it, and used to throw from
    /// there, past the checks.
    /// </summary>
    [Fact]
    public void ADamagedSchema_IsRefused_NotAFault()
    {
        var file = temporary.Path(".parquet");
        Assert.Equal(0, Run("generate", "--households", "50", "--format", "parquet", "--out", file).Code);
        var bytes = File.ReadAllBytes(file);
        var footer = bytes.Length - 8 - BitConverter.ToInt32(bytes, bytes.Length - 8);
        var name = bytes.AsSpan(footer).IndexOf("financialAssets"u8) + footer;
        Assert.True(name > footer);
        foreach (var offset in new[] { -506, -254, -226, 47, 152, 194, 208, 215, 222 })
        {
            var damaged = (byte[])bytes.Clone();
            byte[] varint = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
            varint.CopyTo(damaged, name + offset);
            File.WriteAllBytes(file, damaged);
            var (code, _, error) = Run(["review", file, "--out", temporary.Path(".jsonl"), .. Zhifu]);
            Assert.Equal(2, code);
            Assert.True(error.Contains("not a readable Parquet file", StringComparison.Ordinal) || error.Contains("the file's footer is damaged", StringComparison.Ordinal), error);
        }
    }

    /// <summary>
    /// A footer damaged so that Parquet.Net's footer reader would never end (a number whose bytes run on past the
    /// footer's end, found by flipping bytes of this file) is refused by the footer check, at once rather than when the
    /// footer's time runs out, and the tool ends. Run as a process of its own: were the check to let it through, the
    /// reading thread could not be stopped, and would end with the process.
    /// </summary>
    [Fact]
    public async Task AFooterThatWouldNeverEnd_IsRefusedAtOnce()
    {
        var file = temporary.Path(".parquet");
        Assert.Equal(0, Run("generate", "--households", "50", "--format", "parquet", "--out", file).Code);
        var bytes = File.ReadAllBytes(file);
        var footer = bytes.Length - 8 - BitConverter.ToInt32(bytes, bytes.Length - 8);
        byte[] varint = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
        varint.CopyTo(bytes, footer + 1367);
        File.WriteAllBytes(file, bytes);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "DomainKit.Cli.dll"), "review", file, "--out", temporary.Path(".jsonl"), "--date", "2026-03-01" })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var review = System.Diagnostics.Process.Start(start)!;
        var output = review.StandardOutput.ReadToEndAsync();
        var error = review.StandardError.ReadToEndAsync();
        var ended = review.WaitForExit(DomainKit.Cli.HouseholdParquet.FooterTime + TimeSpan.FromSeconds(50));
        if (!ended)
        {
            review.Kill();
        }

        Assert.True(ended, "the review did not end");
        Assert.Equal(2, review.ExitCode);
        Assert.Contains("the file's footer is damaged", await error, StringComparison.Ordinal);
        Assert.Empty(await output);

        // Not the time bound: the process, start-up included, ended before the footer's time would have run out.
        Assert.True(clock.Elapsed < DomainKit.Cli.HouseholdParquet.FooterTime, $"took {clock.Elapsed}");
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
