namespace DomainKit.Cli;

/// <summary>One CSV record: the line it starts on, its fields (null where a field is not UTF-8) and what went wrong reading it.</summary>
internal readonly record struct CsvRecord(long Line, IReadOnlyList<string?> Fields, CsvProblem Problem)
{
    /// <summary>A record of one empty field: a blank line, skipped like one.</summary>
    public bool IsBlank => Problem == CsvProblem.None && Fields.Count == 1 && Fields[0]!.Length == 0;
}
