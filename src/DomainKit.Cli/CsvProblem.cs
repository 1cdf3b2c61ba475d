namespace DomainKit.Cli;

/// <summary>What is wrong with a CSV record as read, before its fields are looked at.</summary>
internal enum CsvProblem
{
    /// <summary>The record was read whole.</summary>
    None,

    /// <summary>A quote opened in the record is never closed before the end of the file.</summary>
    UnterminatedQuote,

    /// <summary>A field holds bytes that are not UTF-8; that field is null.</summary>
    InvalidUtf8,

    /// <summary>The record is longer than any households file needs; the reading stops here.</summary>
    TooLong,

    /// <summary>The file cannot be read from this record on (a damaged Parquet page); the reading stops here.</summary>
    Unreadable,
}
