using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace DomainKit.Cli;

/// <summary>
/// One row group of a households table as typed columns, each kept under its place in <see cref="HouseholdCsv.Columns"/>:
/// text, dates, booleans, whole numbers and amounts as Parquet.Net decodes them, with no cell made for any value until
/// a household needs one (to report a problem against its row and column).
/// </summary>
internal sealed class ColumnGroup
{
    private Columns? columns = new();

    // The reader's own hold, until it has grouped every row of this row group into households.
    private int holders = 1;

    private ColumnGroup(int count) => Count = count;

    /// <summary>The row group's rows.</summary>
    public int Count { get; }

    // Once released, the columns are back in their pools and any further read is a fault, never a stale value.
    private Columns Values => columns ?? throw new InvalidOperationException("The row group's columns were read after they were released.");

    /// <summary>Whether a file's column, by its name and the type Parquet.Net reads it as, can be read into a group.</summary>
    public static bool Reads(DataField field)
    {
        var known = Array.IndexOf(HouseholdCsv.Columns, field.Name);
        var type = field.ClrType;
        return known >= 0 && HouseholdParquet.KindOf(known) switch
        {
            HouseholdParquet.ColumnKind.Text => type == typeof(ReadOnlyMemory<char>),
            HouseholdParquet.ColumnKind.Date => type == typeof(DateOnly),
            HouseholdParquet.ColumnKind.Boolean => type == typeof(bool),
            HouseholdParquet.ColumnKind.Whole => type == typeof(int) || type == typeof(long),
            _ => type == typeof(decimal),
        };
    }

    /// <summary>
    /// Decodes a row group's columns; each field must be one <see cref="Reads"/> accepts. Text columns are decoded
    /// from <paramref name="file"/> by <see cref="ParquetTextChunk"/> where it can, by Parquet.Net otherwise.
    /// </summary>
    public static ColumnGroup Read(Stream file, ParquetRowGroupReader group, DataField[] fields)
    {
        var count = checked((int)group.RowCount);
        var result = new ColumnGroup(count);
        foreach (var field in fields)
        {
            var known = Array.IndexOf(HouseholdCsv.Columns, field.Name);
            switch (HouseholdParquet.KindOf(known))
            {
                case HouseholdParquet.ColumnKind.Text:
                    result.Values.Texts[known] = ParquetTextChunk.Read(file, group.GetMetadata(field), field.MaxDefinitionLevel, count) ?? DecodeText(group, field, count);
                    break;
                case HouseholdParquet.ColumnKind.Date:
                    result.Values.Dates[known] = Decode<DateOnly>(group, field, count);
                    break;
                case HouseholdParquet.ColumnKind.Boolean:
                    result.Values.Booleans[known] = Decode<bool>(group, field, count);
                    break;
                case HouseholdParquet.ColumnKind.Whole:
                    result.Values.Wholes[known] = field.ClrType == typeof(int) ? Widen(Decode<int>(group, field, count), count) : Decode<long>(group, field, count);
                    break;
                default:
                    result.Values.Amounts[known] = Decode<decimal>(group, field, count);
                    break;
            }
        }

        return result;
    }

    /// <summary>A text cell, empty when the column is absent or the value null (a blank cell: not given).</summary>
    public ReadOnlySpan<char> Text(int known, int row) => Values.Texts[known] is { } column ? column.At(row) : [];

    public DateOnly? Date(int known, int row) => Values.Dates[known]?[row];

    public bool? Boolean(int known, int row) => Values.Booleans[known]?[row];

    public long? Whole(int known, int row) => Values.Wholes[known]?[row];

    public decimal? Amount(int known, int row) => Values.Amounts[known]?[row];

    /// <summary>Whether the column at <paramref name="known"/> holds a value on the row.</summary>
    public bool Given(int known, int row) => HouseholdParquet.KindOf(known) switch
    {
        HouseholdParquet.ColumnKind.Text => Text(known, row).Length > 0,
        HouseholdParquet.ColumnKind.Date => Date(known, row) is not null,
        HouseholdParquet.ColumnKind.Boolean => Boolean(known, row) is not null,
        HouseholdParquet.ColumnKind.Whole => Whole(known, row) is not null,
        _ => Amount(known, row) is not null,
    };

    /// <summary>Another holder of the columns: a household whose rows are here and which is still to be dealt with.</summary>
    public void Hold() => Interlocked.Increment(ref holders);

    /// <summary>
    /// A holder is done with the columns; the last one gives them back to their pools, so that the next row groups are
    /// decoded into the same arrays rather than new ones (a row group's columns are large objects, and allocating them
    /// for every row group made the collector stop every thread many times a second).
    /// </summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref holders) == 0 && Interlocked.Exchange(ref columns, null) is { } released)
        {
            released.Return();
        }
    }

    /// <summary>
    /// A value as the cell the CSV reader would have read, exactly as <see cref="HouseholdParquet.Records"/> writes it
    /// (a number as its digits, a date as yyyy-MM-dd, a null as a blank cell), so that a problem reads the same.
    /// </summary>
    public string Cell(int known, int row)
    {
        var invariant = CultureInfo.InvariantCulture;
        return HouseholdParquet.KindOf(known) switch
        {
            HouseholdParquet.ColumnKind.Text => Text(known, row).ToString(),
            HouseholdParquet.ColumnKind.Date => Date(known, row) is { } date ? HouseholdParquet.Date(date) : string.Empty,
            HouseholdParquet.ColumnKind.Boolean => Boolean(known, row) is { } flag ? (flag ? "true" : "false") : string.Empty,
            HouseholdParquet.ColumnKind.Whole => Whole(known, row) is { } whole ? whole.ToString(invariant) : string.Empty,
            _ => Amount(known, row) is { } amount ? amount.ToString(invariant) : string.Empty,
        };
    }

    /// <summary>
    /// A column's first <paramref name="count"/> values, in an array from its pool. The values the file holds and, for
    /// a nullable column, the level that says which rows hold one are read into arrays of this reader's pools (not
    /// Parquet.Net's, which keep what they last held), then spread over the rows, a null where a row has none; every
    /// value is written, so no value of an earlier row group shows through. A read that fails throws, and the row group
    /// is not used.
    /// </summary>
    private static T?[] Decode<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = ColumnPool<T?>.Arrays.Rent(count);
        var given = ColumnPool<T>.Arrays.Rent(count);
        var levels = field.MaxDefinitionLevel > 0 ? ColumnPool<int>.Arrays.Rent(count) : null;
        try
        {
            group.ReadRawAsync(field, given.AsMemory(0, count), levels?.AsMemory(0, count), null).AsTask().GetAwaiter().GetResult();
            if (levels is null)
            {
                for (var i = 0; i < count; i++)
                {
                    values[i] = given[i];
                }

                return values;
            }

            var defined = field.MaxDefinitionLevel;
            var next = 0;
            for (var i = 0; i < count; i++)
            {
                values[i] = levels[i] == defined ? given[next++] : null;
            }

            return values;
        }
        catch
        {
            ColumnPool<T?>.Arrays.Return(values, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            throw;
        }
        finally
        {
            // Values that point into decoded pages (text) are cleared, so the pool does not keep the pages alive.
            ColumnPool<T>.Arrays.Return(given, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            if (levels is not null)
            {
                ColumnPool<int>.Arrays.Return(levels);
            }
        }
    }

    /// <summary>
    /// A text column as Parquet.Net decodes it (an array per value), copied into one buffer of characters with each
    /// row's start and length, for the chunks <see cref="ParquetTextChunk"/> leaves to it.
    /// </summary>
    private static TextColumn DecodeText(ParquetRowGroupReader group, DataField field, int count)
    {
        var decoded = Decode<ReadOnlyMemory<char>>(group, field, count);
        try
        {
            long total = 0;
            for (var i = 0; i < count; i++)
            {
                total += decoded[i]?.Length ?? 0;
            }

            var column = new TextColumn(ColumnPool<char>.Arrays.Rent((int)Math.Min(total, Array.MaxLength)), ColumnPool<int>.Arrays.Rent(count), ColumnPool<int>.Arrays.Rent(count));
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                var value = decoded[i] ?? ReadOnlyMemory<char>.Empty;
                value.Span.CopyTo(column.Chars.AsSpan(at));
                column.Starts[i] = at;
                column.Lengths[i] = value.Length;
                at += value.Length;
            }

            return column;
        }
        finally
        {
            ColumnPool<ReadOnlyMemory<char>?>.Arrays.Return(decoded, clearArray: true);
        }
    }

    private static long?[] Widen(int?[] values, int count)
    {
        var wide = ColumnPool<long?>.Arrays.Rent(count);
        for (var i = 0; i < count; i++)
        {
            wide[i] = values[i];
        }

        ColumnPool<int?>.Arrays.Return(values);
        return wide;
    }

    /// <summary>The decoded columns, each under its place in <see cref="HouseholdCsv.Columns"/>; null where the file lacks the column.</summary>
    private sealed class Columns
    {
        public TextColumn?[] Texts { get; } = new TextColumn?[HouseholdCsv.Columns.Length];

        public DateOnly?[]?[] Dates { get; } = new DateOnly?[]?[HouseholdCsv.Columns.Length];

        public bool?[]?[] Booleans { get; } = new bool?[]?[HouseholdCsv.Columns.Length];

        public long?[]?[] Wholes { get; } = new long?[]?[HouseholdCsv.Columns.Length];

        public decimal?[]?[] Amounts { get; } = new decimal?[]?[HouseholdCsv.Columns.Length];

        public void Return()
        {
            foreach (var text in Texts)
            {
                text?.Return();
            }

            ReturnAll(Dates);
            ReturnAll(Booleans);
            ReturnAll(Wholes);
            ReturnAll(Amounts);
        }

        private static void ReturnAll<T>(T?[]?[] columns)
            where T : struct
        {
            foreach (var column in columns)
            {
                if (column is not null)
                {
                    ColumnPool<T?>.Arrays.Return(column);
                }
            }
        }
    }
}
