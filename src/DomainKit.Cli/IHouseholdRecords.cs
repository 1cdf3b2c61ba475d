namespace DomainKit.Cli;

/// <summary>
/// The rows of a households table, one member per row, the first record naming the columns: a CSV file's records, or a
/// Parquet file's rows with its schema's column names first.
/// </summary>
internal interface IHouseholdRecords
{
    /// <summary>Whether records are numbered as rows of a table (Parquet) rather than as lines of a text file (CSV).</summary>
    bool NumbersRows { get; }

    /// <summary>Reads the next record; false at the end.</summary>
    bool Read(out CsvRecord record);
}
