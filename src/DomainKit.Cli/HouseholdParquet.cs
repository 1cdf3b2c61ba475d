using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Policies;
using Parquet;
using Parquet.Schema;

namespace DomainKit.Cli;

/// <summary>
/// Households as Parquet (Apache Parquet, read and written by Parquet.Net, fully managed): the CSV layout as a typed
/// table, one row per member under its household key, in row groups of at most <see cref="MaxRowGroupRows"/> rows.
/// </summary>
/// <remarks>
/// Reading turns each row into the cells the CSV reader reads (a number as its digits, a date as yyyy-MM-dd, a null as
/// a blank cell), so the checks, the error codes and the rule that keys come sorted are those of CSV, reported by row.
/// A column may be of any type that writes its values exactly: text for any column; integers, decimals and doubles for
/// numbers (a double that is not exactly a number of fen is refused, as in CSV); dates or timestamps at midnight for dates.
/// </remarks>
internal static class HouseholdParquet
{
    /// <summary>The most rows a row group may hold: memory holds one row group's columns at a time.</summary>
    public const int MaxRowGroupRows = 1 << 20;

    /// <summary>
    /// The most bytes a row group's columns may take once decompressed (1 GiB), as the file's footer states them: a
    /// row group of a million households' members takes about a tenth of that.
    /// </summary>
    public const long MaxRowGroupBytes = 1L << 30;

    /// <summary>How long the footer of a file may take to read: a footer of any size the reader accepts takes a fraction of a second.</summary>
    internal static readonly TimeSpan FooterTime = TimeSpan.FromSeconds(10);

    /// <summary>How many rows the tool writes to a row group.</summary>
    public const int WrittenRowGroupRows = 1 << 16;

    private static readonly string[] DateColumns = ["birthDate", "absentSince", "dibaoRecipientSince", "dibaoWorkIncomeRoseOn"];
    private static readonly string[] BoolColumns = ["livesIndependently", "fullTimeStudent", "livesWithHousehold", "seriouslyIll", "hasAbleSupporter", "enrolledInExtremePoverty"];
    private static readonly string[] IntColumns = ["disabilityGrade", "refusedJobReferrals", "homesOwned"];
    private static readonly string[] TextColumns = [HouseholdCsv.KeyColumn, "relation", "absence", "disabilityKind", "schoolStage", "region"];

    /// <summary>How a households column is typed in the schema the tool writes.</summary>
    internal enum ColumnKind
    {
        Text,
        Date,
        Boolean,
        Whole,
        Amount,
    }

    /// <summary>The kind of the column at <paramref name="known"/> in <see cref="HouseholdCsv.Columns"/>.</summary>
    internal static ColumnKind KindOf(int known) => Kinds[known];

    private static readonly ColumnKind[] Kinds = [.. HouseholdCsv.Columns.Select(column => column switch
    {
        _ when TextColumns.Contains(column) => ColumnKind.Text,
        _ when DateColumns.Contains(column) => ColumnKind.Date,
        _ when BoolColumns.Contains(column) => ColumnKind.Boolean,
        _ when IntColumns.Contains(column) => ColumnKind.Whole,
        _ => ColumnKind.Amount,
    })];

    /// <summary>The schema the tool writes: every column of <see cref="HouseholdCsv.Columns"/>, typed; only the key is required.</summary>
    public static ParquetSchema Schema { get; } = new([.. HouseholdCsv.Columns.Select(Field)]);

    private static DataField Field(string column) => KindOf(Array.IndexOf(HouseholdCsv.Columns, column)) switch
    {
        ColumnKind.Text => new DataField<string>(column, nullable: column != HouseholdCsv.KeyColumn),
        ColumnKind.Date => new DataField<DateOnly?>(column),
        ColumnKind.Boolean => new DataField<bool?>(column),
        ColumnKind.Whole => new DataField<int?>(column),
        _ when column == "weight" => new DecimalDataField(column, 14, 4, isNullable: true),
        _ => new DecimalDataField(column, 18, 2, isNullable: true),
    };

    /// <summary>
    /// Opens a Parquet file of households: the records to read, or a problem that stops the run (not Parquet, a nested
    /// or binary column, a row group too large).
    /// </summary>
    public static (Records? Records, string? Problem) Open(CliText text, Stream stream) => Open(text, stream, MaxRowGroupBytes);

    /// <summary>Opens a Parquet file of households whose row groups may take at most <paramref name="maxRowGroupBytes"/> bytes decompressed.</summary>
    internal static (Records? Records, string? Problem) Open(CliText text, Stream stream, long maxRowGroupBytes)
    {
        if (!stream.CanSeek)
        {
            return (null, text.Say($"a Parquet file is read from its end, so INPUT must be a file, not a pipe."));
        }

        // Parquet.Net's footer reader trusts the footer's wire types and counts, and loops for ever on some damaged
        // footers (a number whose bytes run past the footer's end); the footer is checked first as it will read it.
        if (ParquetFooterCheck.Footer(stream) is not { } footer)
        {
            return (null, text.Say($"the file is not a readable Parquet file."));
        }

        if (!ParquetFooterCheck.Reads(footer))
        {
            return (null, text.Say($"the file's footer is damaged: it is not the Parquet metadata it must be, or runs past its own end."));
        }

        // Parquet.Net then reads the footer on a thread of its own, which is still given a bounded time, should any
        // footer pass the check and not end: a thread cannot be stopped, so the command would refuse the file and
        // end, and the thread end with the tool.
        var opening = Task.Factory.StartNew(() => ReadFooter(stream), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        ParquetReader reader;
        DataField?[] fields;
        try
        {
            if (!opening.Wait(FooterTime))
            {
                return (null, text.Say($"the file's footer cannot be read: it does not end where it says it does, so the file is damaged."));
            }

            (reader, fields) = opening.Result;
        }
        catch (AggregateException)
        {
            // Out of memory included: the footer's lists say how long they are, and a damaged one asks the reader for
            // an array larger than memory, which fails before anything is made of it.
            return (null, text.Say($"the file is not a readable Parquet file."));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is not { MaxRepetitionLevel: 0, IsArray: false } field || !Readable(field.ClrType))
            {
                Close(reader);
                var position = i + 1;
                return (null, text.Say($"column {position} is nested, repeated or of a type no households column has (text, whole numbers, decimals, doubles, booleans, dates)."));
            }
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            if (reader.RowGroups[g].RowCount > MaxRowGroupRows)
            {
                Close(reader);
                var group = g + 1;
                return (null, text.Say($"row group {group} holds more than {MaxRowGroupRows} rows; write the file with smaller row groups."));
            }

            if (!Bounded(reader.RowGroups[g].RowGroup, stream.Length, maxRowGroupBytes))
            {
                Close(reader);
                var group = g + 1;
                return (null, text.Say($"row group {group} states sizes that do not fit the file, or more bytes than a households table needs; the file is damaged, or its row groups are too large."));
            }
        }

        return (new Records(stream, reader, [.. fields.Select(field => field!)]), null);
    }

    /// <summary>
    /// Whether a row group's footer states sizes the reader may trust before it allocates for them: every column chunk
    /// with its metadata in this file, starting inside it and no larger than it, and all of them together at most
    /// <paramref name="maxBytes"/> decompressed. The page headers inside a chunk are Parquet.Net's to read: a page that
    /// claims more than its chunk may still make it allocate that much before the read fails.
    /// </summary>
    private static bool Bounded(Parquet.Meta.RowGroup group, long fileLength, long maxBytes)
    {
        long total = 0;
        foreach (var chunk in group.Columns)
        {
            if (chunk.MetaData is not { } meta
                || meta.DataPageOffset < 0 || meta.DataPageOffset >= fileLength
                || meta.TotalCompressedSize < 0 || meta.TotalCompressedSize > fileLength
                || meta.TotalUncompressedSize < 0 || meta.TotalUncompressedSize > maxBytes - total)
            {
                return false;
            }

            total += meta.TotalUncompressedSize;
        }

        return true;
    }

    /// <summary>Writes households to a Parquet file in row groups of <see cref="WrittenRowGroupRows"/> rows.</summary>
    public static void Write(Stream stream, IEnumerable<(string Key, Household Household, RegionCode? Region)> households)
    {
        var writer = ParquetWriter.CreateAsync(Schema, stream, WriterOptions()).GetAwaiter().GetResult();
        try
        {
            var rows = new List<List<string>>(WrittenRowGroupRows);
            foreach (var (key, household, region) in households)
            {
                HouseholdCsv.WriteRows(key, household, region, rows.Add);
                if (rows.Count >= WrittenRowGroupRows)
                {
                    WriteGroup(writer, rows);
                    rows.Clear();
                }
            }

            if (rows.Count > 0)
            {
                WriteGroup(writer, rows);
            }
        }
        finally
        {
            // The footer is written when the writer is disposed; the output file is committed only after this returns.
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Text columns dictionary-encoded, as most Parquet writers do by default: a column of a few tokens (relation,
    /// absence) or of each household's key repeated for its members is then stored, and read, as small numbers.
    /// </summary>
    private static ParquetOptions WriterOptions()
    {
        var options = new ParquetOptions();
        foreach (var column in TextColumns)
        {
            options.ColumnEncodingHints[column] = EncodingHint.Dictionary;
        }

        return options;
    }

    /// <summary>
    /// The file's footer: the reader and the table's top-level fields (null for a nested one). The schema is decoded
    /// only when first asked for, so a damaged one fails here too; the reader is closed if it does.
    /// </summary>
    private static (ParquetReader Reader, DataField?[] Fields) ReadFooter(Stream stream)
    {
        // Dates as dates: a date column then reads as its days alone, as a CSV cell holds it.
        var reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, true).GetAwaiter().GetResult();
        try
        {
            return (reader, [.. reader.Schema.Fields.Select(field => field as DataField)]);
        }
        catch
        {
            Close(reader);
            throw;
        }
    }

    private static void Close(ParquetReader reader) => reader.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void WriteGroup(ParquetWriter writer, List<List<string>> rows)
    {
        using var group = writer.CreateRowGroup();
        var fields = Schema.GetDataFields();
        for (var c = 0; c < fields.Length; c++)
        {
            var column = c;
            string? Cell(int row) => rows[row][column].Length == 0 ? null : rows[row][column];
            var field = fields[c];
            var write = field switch
            {
                _ when TextColumns.Contains(field.Name) => group.WriteAsync(field, [.. rows.Select((_, r) => Cell(r) ?? (field.IsNullable ? null! : string.Empty))]),
                _ when DateColumns.Contains(field.Name) => group.WriteAsync<DateOnly>(field, Values(rows.Count, Cell, text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture))),
                _ when BoolColumns.Contains(field.Name) => group.WriteAsync<bool>(field, Values(rows.Count, Cell, text => text == "true")),
                _ when IntColumns.Contains(field.Name) => group.WriteAsync<int>(field, Values(rows.Count, Cell, text => int.Parse(text, CultureInfo.InvariantCulture))),
                _ => group.WriteAsync<decimal>(field, Values(rows.Count, Cell, text => decimal.Parse(text, CultureInfo.InvariantCulture))),
            };
            write.GetAwaiter().GetResult();
        }
    }

    private static ReadOnlyMemory<T?> Values<T>(int count, Func<int, string?> cell, Func<string, T> parse)
        where T : struct
    {
        var values = new T?[count];
        for (var r = 0; r < count; r++)
        {
            values[r] = cell(r) is { } text ? parse(text) : null;
        }

        return values;
    }

    /// <summary>Whether a column's values have a type some households column can hold, so that it can be read as cells.</summary>
    private static bool Readable(Type type) =>
        type == typeof(string) || type == typeof(ReadOnlyMemory<char>) || type == typeof(bool) || type == typeof(decimal)
        || type == typeof(double) || type == typeof(float) || type == typeof(DateOnly) || type == typeof(DateTime)
        || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte)
        || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong);

    /// <summary>A date as the cell a CSV file holds for it.</summary>
    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime time) => time.TimeOfDay == TimeSpan.Zero
        ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The rows of an open Parquet file, the column names first, each row numbered from 1 across the row groups.</summary>
    internal sealed class Records : IHouseholdRecords, IDisposable
    {
        private readonly Stream file;
        private readonly ParquetReader reader;
        private readonly DataField[] fields;
        private string[][] columns = [];
        private int group = -1;
        private int row;
        private bool headerRead;

        public Records(Stream file, ParquetReader reader, DataField[] fields)
        {
            this.file = file;
            this.reader = reader;
            this.fields = fields;
            Typed = fields.All(ColumnGroup.Reads);
        }

        /// <summary>
        /// Whether every column is a known one typed as the tool writes it, so that households can be built straight
        /// from the typed columns (<see cref="ParquetHouseholds"/>) rather than from cells once the header is good.
        /// </summary>
        public bool Typed { get; }

        /// <summary>The columns' names, in the file's order.</summary>
        public string[] Names => [.. fields.Select(column => column.Name)];

        /// <summary>
        /// Decodes the next row group as typed columns: false at the end of the file; true with no group when the row
        /// group cannot be read (the reading ends there). Only when <see cref="Typed"/>.
        /// </summary>
        public bool ReadGroup(out ColumnGroup? columnGroup)
        {
            columnGroup = null;
            if (group + 1 >= reader.RowGroupCount)
            {
                return false;
            }

            group++;
            try
            {
                using var groupReader = reader.OpenRowGroupReader(group);
                columnGroup = ColumnGroup.Read(file, groupReader, fields);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                group = reader.RowGroupCount;
                return true;
            }

            RowsRead += columnGroup.Count;
            return true;
        }

        public bool NumbersRows => true;

        /// <summary>Rows read so far.</summary>
        public long RowsRead { get; private set; }

        /// <summary>Row groups read so far, and how many the file has, for progress.</summary>
        public (int Read, int Total) Groups => (Math.Max(0, group + 1), reader.RowGroupCount);

        public bool Read(out CsvRecord record)
        {
            if (!headerRead)
            {
                headerRead = true;
                record = new CsvRecord(0, [.. fields.Select(field => field.Name)], CsvProblem.None);
                return true;
            }

            while (columns.Length == 0 || row >= columns[0].Length)
            {
                if (group + 1 >= reader.RowGroupCount)
                {
                    record = default;
                    return false;
                }

                group++;
                row = 0;
                try
                {
                    columns = ReadGroup(group);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // A damaged page: what was read before it stands as read, and the reading ends here.
                    record = new CsvRecord(RowsRead + 1, [], CsvProblem.Unreadable);
                    columns = [];
                    group = reader.RowGroupCount;
                    return true;
                }
                if (fields.Length == 0)
                {
                    record = default;
                    return false;
                }
            }

            var values = new string[fields.Length];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = columns[c][row];
            }

            row++;
            RowsRead++;
            record = new CsvRecord(RowsRead, values, CsvProblem.None);
            return true;
        }

        public void Dispose() => Close(reader);

        /// <summary>Every column of a row group as cells, a null as a blank cell.</summary>
        private string[][] ReadGroup(int index)
        {
            var groupReader = reader.OpenRowGroupReader(index);
            var count = checked((int)groupReader.RowCount);
            var result = new string[fields.Length][];
            for (var c = 0; c < fields.Length; c++)
            {
                result[c] = ReadColumn(groupReader, fields[c], count);
            }

            return result;
        }

        private static string[] ReadColumn(ParquetRowGroupReader group, DataField field, int count)
        {
            var type = field.ClrType;
            if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
            {
                var text = new string?[count];
                group.ReadAsync(field, text.AsMemory()).AsTask().GetAwaiter().GetResult();
                var cellsOfText = new string[count];
                for (var i = 0; i < count; i++)
                {
                    cellsOfText[i] = text[i] ?? string.Empty;
                }

                return cellsOfText;
            }

            var invariant = CultureInfo.InvariantCulture;
            return type switch
            {
                _ when type == typeof(bool) => CellsOf<bool>(group, field, count, value => value ? "true" : "false"),
                _ when type == typeof(decimal) => CellsOf<decimal>(group, field, count, value => value.ToString(invariant), remember: false),
                _ when type == typeof(double) => CellsOf<double>(group, field, count, value => value.ToString("R", invariant), remember: false),
                _ when type == typeof(float) => CellsOf<float>(group, field, count, value => value.ToString("R", invariant), remember: false),
                _ when type == typeof(DateOnly) => CellsOf<DateOnly>(group, field, count, Date),
                _ when type == typeof(DateTime) => CellsOf<DateTime>(group, field, count, Time, remember: false),
                _ when type == typeof(int) => CellsOf<int>(group, field, count, value => value.ToString(invariant)),
                _ when type == typeof(long) => CellsOf<long>(group, field, count, value => value.ToString(invariant)),
                _ when type == typeof(short) => CellsOf<short>(group, field, count, value => value.ToString(invariant)),
                _ when type == typeof(sbyte) => CellsOf<sbyte>(group, field, count, value => value.ToString(invariant)),
                _ when type == typeof(byte) => CellsOf<byte>(group, field, count, value => value.ToString(invariant)),
                _ when type == typeof(ushort) => CellsOf<ushort>(group, field, count, value => value.ToString(invariant)),
                _ when type == typeof(uint) => CellsOf<uint>(group, field, count, value => value.ToString(invariant)),
                _ => CellsOf<ulong>(group, field, count, value => value.ToString(invariant)),
            };
        }

        /// <summary>
        /// A typed column as cells. Where equal values always read alike (whole numbers, booleans, dates), a value
        /// repeated down the column (a date of birth, a grade) is formatted once: the last few thousand values seen are
        /// remembered with their text. Decimals, doubles and timestamps are formatted each time, since equal ones may
        /// be written differently (1.0 and 1.00, 0 and -0, a time with or without its zone) and the reader sees the text.
        /// </summary>
        private static string[] CellsOf<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, string> cell, bool remember = true)
            where T : struct, IEquatable<T>
        {
            var result = new string[count];
            var recent = new Dictionary<T, string>();
            string Text(T value)
            {
                if (!remember)
                {
                    return cell(value);
                }

                if (recent.TryGetValue(value, out var known))
                {
                    return known;
                }

                if (recent.Count >= 4096)
                {
                    recent.Clear();
                }

                return recent[value] = cell(value);
            }

            if (field.IsNullable)
            {
                var values = new T?[count];
                group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
                for (var i = 0; i < count; i++)
                {
                    result[i] = values[i] is { } value ? Text(value) : string.Empty;
                }
            }
            else
            {
                var values = new T[count];
                group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
                for (var i = 0; i < count; i++)
                {
                    result[i] = Text(values[i]);
                }
            }

            return result;
        }
    }
}
