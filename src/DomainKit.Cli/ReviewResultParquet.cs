using Parquet;
using Parquet.Schema;

namespace DomainKit.Cli;

/// <summary>
/// Review results as a Parquet table (<c>review --format parquet</c>): the columns of the review-result contract, typed
/// (the line as a whole number, amounts as decimals of two places), in input order, in row groups of
/// <see cref="HouseholdParquet.WrittenRowGroupRows"/> rows, so that an analyst's tools read the results as they read the
/// households.
/// </summary>
internal sealed class ReviewResultParquet : IDisposable
{
    private readonly ParquetWriter writer;
    private readonly List<ReviewResultRow> rows = new(HouseholdParquet.WrittenRowGroupRows);
    private bool closed;

    public ReviewResultParquet(Stream stream)
    {
        writer = ParquetWriter.CreateAsync(Schema, stream).GetAwaiter().GetResult();
    }

    /// <summary>The columns written: <c>household</c> is null for JSON-lines input, which has no keys.</summary>
    public static ParquetSchema Schema { get; } = new(
        new DataField<long>("line"),
        new DataField<string>("household", nullable: true),
        new DataField<string>("qualifying", nullable: false),
        new DecimalDataField("monthlyCash", 18, 2),
        new DecimalDataField("dibaoMonthly", 18, 2),
        new DecimalDataField("singleMemberDibaoMonthly", 18, 2),
        new DecimalDataField("medicalAssistance", 18, 2));

    /// <summary>Adds a result; a full row group is written out.</summary>
    public void Add(in ReviewResultRow row)
    {
        rows.Add(row);
        if (rows.Count >= HouseholdParquet.WrittenRowGroupRows)
        {
            WriteGroup();
        }
    }

    /// <summary>Writes the last row group and the file's footer; the file is complete after this returns.</summary>
    public void Complete()
    {
        WriteGroup();
        Close();
    }

    /// <summary>Closes the writer; a file not completed is discarded by its output file, never committed.</summary>
    public void Dispose() => Close();

    private void Close()
    {
        if (!closed)
        {
            closed = true;
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private void WriteGroup()
    {
        if (rows.Count == 0)
        {
            return;
        }

        var fields = Schema.GetDataFields();
        using (var group = writer.CreateRowGroup())
        {
            group.WriteAsync<long>(fields[0], rows.Select(row => row.Line).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(fields[1], rows.Select(row => row.Household).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(fields[2], rows.Select(row => row.Qualifying).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<decimal>(fields[3], rows.Select(row => row.MonthlyCash).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<decimal>(fields[4], rows.Select(row => row.DibaoMonthly).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<decimal>(fields[5], rows.Select(row => row.SingleMemberDibaoMonthly).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<decimal>(fields[6], rows.Select(row => row.MedicalAssistance).ToArray()).GetAwaiter().GetResult();
        }

        rows.Clear();
    }
}
