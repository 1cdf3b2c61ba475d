using DomainKit.Assistance;
using DomainKit.Cli;
using DomainKit.Explanations;
using DomainKit.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parquet;
using Parquet.Schema;

namespace DomainKit.Tests.Cli;

/// <summary>
/// A Parquet table typed as the tool writes it is read straight from its typed columns; reading it as cells, the way
/// any other table is read, is the oracle. On tables of households with good and bad values alike (unknown tokens,
/// out-of-range numbers, missing dates, a household's own columns on a later row, bad weights and divisions, keys out
/// of order, households split between row groups) both readings give the same items: the same households, weights and
/// divisions, and the same problems on the same rows and columns, in either language.
/// </summary>
public sealed class TypedParquetReadingTest : IDisposable
{
    private static readonly string[] Columns = HouseholdCsv.Columns;

    private static readonly string[] Flags = ["livesIndependently", "fullTimeStudent", "livesWithHousehold", "seriouslyIll", "hasAbleSupporter", "enrolledInExtremePoverty"];

    private readonly TemporaryFiles temporary = new("typed-");

    public void Dispose() => temporary.Dispose();

    [Property(MaxTest = 120)]
    public Property TypedReading_AgreesWithReadingCells() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var rows = Table(random, goodOnly: false);
            var path = temporary.Path(".parquet");
            Write(path, rows, random);
            var text = new CliText(random.Next(2) == 0 ? Language.English : Language.ChineseSimplified);
            // Each household is finished as soon as it is described, as review does, so that later row groups are
            // decoded into the arrays of earlier ones while households that span them are still to come.
            Assert.Equal(Described(text, path, typedReading: false), Described(text, path, typedReading: true));
        });

    [Fact]
    public void WellFormedHouseholds_AreBuiltFromTheColumns_WithoutADocument()
    {
        var random = new Random(7);
        var rows = Table(random, goodOnly: true);
        var path = temporary.Path(".parquet");
        Write(path, rows, random);
        var text = new CliText(Language.English);
        var typed = Items(text, path, typedReading: true);
        Assert.NotEmpty(typed);
        Assert.All(typed, item => Assert.True(item.Household is not null, Describe(text, item)));
        Assert.All(typed, item => Assert.True(item.Json.IsEmpty));
        var cells = Items(text, path, typedReading: false);
        Assert.Equal(cells.Select(Written), typed.Select(Written));
    }

    [Fact]
    public void AHouseholdOnAnUnknownDate_IsPlacedOnItsRowAndColumn_AsWhenReadAsCells()
    {
        // A birth date after the assessment date is read well but cannot be decided on that date (HH-01): the
        // typed household must still be placed on its row and column when that problem is reported.
        var row = Row("h1");
        row[Array.IndexOf(Columns, "birthDate")] = new DateOnly(2030, 1, 1);
        var path = temporary.Path(".parquet");
        Write(path, [row], new Random(1));
        var text = new CliText(Language.English);
        var typed = Items(text, path, typedReading: true).Single();
        Assert.NotNull(typed.Household);
        var (line, column) = typed.Locate("members[0].birthDate");
        Assert.Equal((1L, "birthDate"), (line, column));
    }

    [Fact]
    public async Task ATypedTableWithoutARequiredColumn_StopsWithTheHeadersProblem()
    {
        var path = temporary.Path(".parquet");
        await using (var stream = File.Create(path))
        {
            var key = new DataField<string>(HouseholdCsv.KeyColumn, nullable: false);
            var relation = new DataField<string>("relation", nullable: true);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(key, relation), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(key, ["h1"]);
            await group.WriteAsync(relation, ["applicant"]);
        }

        var item = Items(new CliText(Language.English), path, typedReading: true).Single();
        Assert.True(item.IsFatal);
        Assert.Contains("missing columns: birthDate", item.Problem, StringComparison.Ordinal);
    }

    private static List<ReviewItem> Items(CliText text, string path, bool typedReading) =>
        EachItem(text, path, typedReading, item => item.Ready());

    [Property(MaxTest = 300)]
    public Property KeysCompareByCodePoint_AsTheirUtf8BytesDo() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements('a', 'b', 'z', 'é', '中', '\uD83D', '\uDE00', '\uE000', '\uFFFD', '\uFFFF')).Select(chars => new string(chars)).Two().ToArbitrary(),
            pair =>
            {
                var (left, right) = pair;
                var bytes = System.Text.Encoding.UTF8.GetBytes(left).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(right));
                Assert.Equal(Math.Sign(bytes), Math.Sign(ParquetHouseholds.Utf8Order(left, right)));
            });

    [Fact]
    public void ARowGroupsColumns_CannotBeReadOnceEveryHouseholdIsFinished()
    {
        var path = temporary.Path(".parquet");
        Write(path, [Row("h1"), Row("h2")], new Random(3));
        using var stream = File.OpenRead(path);
        var text = new CliText(Language.English);
        var (records, _) = HouseholdParquet.Open(text, stream);
        using (records)
        {
            var items = ParquetHouseholds.Read(text, records!).ToList();
            var first = items[0];
            Assert.NotNull(first.Ready().Household);
            first.Finish();
            // The second household still holds the group (a single row group here), so it reads as before.
            Assert.NotNull(items[1].Ready().Household);
            items[1].Finish();
            Assert.Throws<InvalidOperationException>(() => items[1].Ready());
        }
    }

    /// <summary>Each item of a table described as it is read, then finished.</summary>
    private static List<string> Described(CliText text, string path, bool typedReading) =>
        EachItem(text, path, typedReading, item =>
        {
            var described = Describe(text, item.Ready());
            item.Finish();
            return described;
        });

    /// <summary>Reads a table typed as the tool writes it, straight from its columns or as cells, handing each item to <paramref name="each"/> as it is read.</summary>
    private static List<T> EachItem<T>(CliText text, string path, bool typedReading, Func<ReviewItem, T> each)
    {
        using var stream = File.OpenRead(path);
        var (records, problem) = HouseholdParquet.Open(text, stream);
        Assert.Null(problem);
        using (records)
        {
            Assert.True(records!.Typed);
            return [.. (typedReading ? ParquetHouseholds.Read(text, records) : HouseholdCsv.Read(text, records)).Select(each)];
        }
    }

    private static string Written(ReviewItem item) => item.TryRead(out var household, out _) ? HouseholdJson.Write(household) : "unreadable";

    /// <summary>Everything a reader of the review sees of an item: its row, key, household or problems where they are placed.</summary>
    private static string Describe(CliText text, ReviewItem item)
    {
        if (item.Problem is not null)
        {
            return $"{item.Line} {item.Key} {item.IsFatal} problem: {item.Problem}";
        }

        return item.TryRead(out var household, out var problems)
            ? $"{item.Line} {item.Key} {item.Weight} {item.Region} {item.NumbersRows}: {HouseholdJson.Write(household)}"
            : $"{item.Line} {item.Key} invalid: {ReviewBatch.Describe(text, item, problems)}";
    }

    /// <summary>Rows of households under sorted keys (now and then one out of order), each cell good or, unless <paramref name="goodOnly"/>, now and then bad.</summary>
    private static List<object?[]> Table(Random random, bool goodOnly)
    {
        var rows = new List<object?[]>();
        var households = random.Next(1, 12);
        for (var h = 0; h < households; h++)
        {
            var key = !goodOnly && random.Next(25) == 0 ? "a" : $"h{h:D3}";
            var members = random.Next(1, 5);
            for (var m = 0; m < members; m++)
            {
                var row = Row(key);
                Fill(random, row, first: m == 0, goodOnly, applicant: m == 0);
                rows.Add(row);
            }
        }

        return rows;
    }

    private static object?[] Row(string key)
    {
        var row = new object?[Columns.Length];
        row[0] = key;
        row[Array.IndexOf(Columns, "relation")] = "applicant";
        row[Array.IndexOf(Columns, "birthDate")] = new DateOnly(1980, 5, 17);
        return row;
    }

    private static void Fill(Random random, object?[] row, bool first, bool goodOnly, bool applicant)
    {
        T Pick<T>(T[] good, T[] bad) => !goodOnly && random.Next(6) == 0 ? bad[random.Next(bad.Length)] : good[random.Next(good.Length)];
        void Set(string column, object? value) => row[Array.IndexOf(Columns, column)] = value;

        var relation = applicant ? "applicant" : Pick(["spouse", "child", "parent"], ["cousin", "applicant"]);
        Set("relation", Pick([relation], ["", "Applicant", "true", "12"]));
        // Born in an order the household checks accept (HH-01), so that a good household is a valid one.
        DateOnly[] born = relation switch
        {
            "child" => [new(2012, 12, 31), new(2010, 6, 1)],
            "parent" => [new(1930, 1, 1)],
            _ => [new(1960, 1, 1), new(1962, 2, 28)],
        };
        Set("birthDate", Pick<DateOnly?>([.. born.Select(date => (DateOnly?)date)], [null, new(1800, 1, 1), new(2300, 6, 1), new(1988, 2, 29)]));
        foreach (var flag in Flags)
        {
            Set(flag, Pick<bool?>([null, null, true, false], [true]));
        }

        Set("absence", Pick<string?>([null, "none"], ["", "gone", "false"]));
        Set("absentSince", Pick<DateOnly?>([null], [new(2025, 1, 1)]));
        var disabled = random.Next(5) == 0;
        Set("disabilityKind", disabled ? Pick<string?>(["physical", "visual"], [null, "wooden"]) : Pick<string?>([null], ["visual"]));
        Set("disabilityGrade", disabled ? Pick<int?>([1, 2, 4], [null, 0, 5]) : Pick<int?>([null], [3]));
        Set("schoolStage", Pick<string?>([null, "none", "primary"], ["college?", "1"]));
        Set("refusedJobReferrals", Pick<int?>([null, 0, 2], [1001, -1]));
        foreach (var kind in Enum.GetValues<IncomeKind>())
        {
            Set(EnumTokens<IncomeKind>.ToToken(kind), random.Next(4) == 0 ? Pick<decimal?>([0m, 1234.50m, 30000m, 0.01m], [-5m, 99_999_999_999_999.99m]) : null);
        }

        if (first || (!goodOnly && random.Next(12) == 0))
        {
            Set("financialAssets", Pick<decimal?>([null, 0m, 15000.25m], [-1m]));
            Set("homesOwned", Pick<int?>([null, 0, 1], [1001, -2]));
            Set("businessEquity", Pick<decimal?>([null, 500m], [-0.01m]));
            var history = random.Next(4) == 0;
            Set("dibaoRecipientSince", history ? Pick<DateOnly?>([new(2024, 3, 1)], [null]) : Pick<DateOnly?>([null], [new(2024, 3, 1)]));
            Set("dibaoLastMonthlyBenefit", history ? Pick<decimal?>([420m, 0m], [null, -3m]) : null);
            Set("dibaoWorkIncomeRoseOn", history ? Pick<DateOnly?>([null, new(2025, 7, 1)], [new(1700, 1, 1)]) : null);
            Set("weight", Pick<decimal?>([null, 1m, 2.5m, 1234.5678m], [0m, -1m, 2_000_000m]));
            Set("region", Pick<string?>([null, "370602", "110101"], ["37060", "abcdef", "3706021"]));
        }
    }

    /// <summary>Writes the rows with the tool's schema, in row groups of random sizes so that households fall across them.</summary>
    private static void Write(string path, List<object?[]> rows, Random random)
    {
        using var stream = File.Create(path);
        var fields = HouseholdParquet.Schema.GetDataFields();
        var writer = ParquetWriter.CreateAsync(HouseholdParquet.Schema, stream).GetAwaiter().GetResult();
        for (var start = 0; start < rows.Count;)
        {
            var length = Math.Min(rows.Count - start, random.Next(1, 8));
            var groupRows = rows.GetRange(start, length);
            WriteGroup(writer, fields, groupRows);
            start += length;
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static void WriteGroup(ParquetWriter writer, DataField[] fields, List<object?[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var cells = rows.Select(row => row[c]).ToArray();
            var field = fields[c];
            var task = field.ClrType switch
            {
                var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => group.WriteAsync(field, [.. cells.Select(cell => (string?)cell ?? (field.IsNullable ? null! : string.Empty))]),
                var t when t == typeof(DateOnly) => group.WriteAsync<DateOnly>(field, cells.Select(cell => (DateOnly?)cell).ToArray().AsMemory()),
                var t when t == typeof(bool) => group.WriteAsync<bool>(field, cells.Select(cell => (bool?)cell).ToArray().AsMemory()),
                var t when t == typeof(int) => group.WriteAsync<int>(field, cells.Select(cell => (int?)cell).ToArray().AsMemory()),
                _ => group.WriteAsync<decimal>(field, cells.Select(cell => (decimal?)cell).ToArray().AsMemory()),
            };
            task.GetAwaiter().GetResult();
        }
    }
}
