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
    private readonly ReadOnlyMemory<char>?[]?[] texts = new ReadOnlyMemory<char>?[]?[HouseholdCsv.Columns.Length];
    private readonly DateOnly?[]?[] dates = new DateOnly?[]?[HouseholdCsv.Columns.Length];
    private readonly bool?[]?[] booleans = new bool?[]?[HouseholdCsv.Columns.Length];
    private readonly long?[]?[] wholes = new long?[]?[HouseholdCsv.Columns.Length];
    private readonly decimal?[]?[] amounts = new decimal?[]?[HouseholdCsv.Columns.Length];

    private ColumnGroup(int count) => Count = count;

    /// <summary>The row group's rows.</summary>
    public int Count { get; }

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

    /// <summary>Decodes a row group's columns; each field must be one <see cref="Reads"/> accepts.</summary>
    public static ColumnGroup Read(ParquetRowGroupReader group, DataField[] fields)
    {
        var count = checked((int)group.RowCount);
        var result = new ColumnGroup(count);
        foreach (var field in fields)
        {
            var known = Array.IndexOf(HouseholdCsv.Columns, field.Name);
            switch (HouseholdParquet.KindOf(known))
            {
                case HouseholdParquet.ColumnKind.Text:
                    result.texts[known] = Values<ReadOnlyMemory<char>>(group, field, count);
                    break;
                case HouseholdParquet.ColumnKind.Date:
                    result.dates[known] = Values<DateOnly>(group, field, count);
                    break;
                case HouseholdParquet.ColumnKind.Boolean:
                    result.booleans[known] = Values<bool>(group, field, count);
                    break;
                case HouseholdParquet.ColumnKind.Whole:
                    result.wholes[known] = field.ClrType == typeof(int) ? Widen(Values<int>(group, field, count)) : Values<long>(group, field, count);
                    break;
                default:
                    result.amounts[known] = Values<decimal>(group, field, count);
                    break;
            }
        }

        return result;
    }

    /// <summary>A text cell, empty when the column is absent or the value null (a blank cell: not given).</summary>
    public ReadOnlySpan<char> Text(int known, int row) => texts[known]?[row] is { } value ? value.Span : [];

    public DateOnly? Date(int known, int row) => dates[known]?[row];

    public bool? Boolean(int known, int row) => booleans[known]?[row];

    public long? Whole(int known, int row) => wholes[known]?[row];

    public decimal? Amount(int known, int row) => amounts[known]?[row];

    /// <summary>Whether the column at <paramref name="known"/> holds a value on the row.</summary>
    public bool Given(int known, int row) =>
        texts[known]?[row] is { Length: > 0 } || dates[known]?[row] is not null || booleans[known]?[row] is not null
        || wholes[known]?[row] is not null || amounts[known]?[row] is not null;

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
            HouseholdParquet.ColumnKind.Date => Date(known, row) is { } date ? date.ToString("yyyy-MM-dd", invariant) : string.Empty,
            HouseholdParquet.ColumnKind.Boolean => Boolean(known, row) is { } flag ? (flag ? "true" : "false") : string.Empty,
            HouseholdParquet.ColumnKind.Whole => Whole(known, row) is { } whole ? whole.ToString(invariant) : string.Empty,
            _ => Amount(known, row) is { } amount ? amount.ToString(invariant) : string.Empty,
        };
    }

    private static T?[] Values<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T?[count];
        if (field.IsNullable)
        {
            group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
            return values;
        }

        var required = new T[count];
        group.ReadAsync<T>(field, required.AsMemory()).AsTask().GetAwaiter().GetResult();
        for (var i = 0; i < count; i++)
        {
            values[i] = required[i];
        }

        return values;
    }

    private static long?[] Widen(int?[] values)
    {
        var wide = new long?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            wide[i] = values[i];
        }

        return wide;
    }
}
