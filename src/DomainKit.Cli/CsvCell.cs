using System.Text.RegularExpressions;

namespace DomainKit.Cli;

/// <summary>
/// Cells of the CSV files the tool writes. A text cell that a spreadsheet would take for a formula (one starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading apostrophe, so that it is shown as
/// the text it is and never run: a household key such as <c>=HYPERLINK(…)</c> from another department's export stays
/// inert in the caseworker's spreadsheet. A plain number such as <c>-12.05</c> is a number, not a formula, and is kept.
/// </summary>
internal static partial class CsvCell
{
    /// <summary>A text cell, made inert where it would read as a formula, then quoted as RFC 4180 says.</summary>
    public static string Text(string cell) =>
        Quote(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(cell) ? "'" + cell : cell);

    /// <summary>A cell quoted when it holds a comma, a quote or a line break, with its quotes doubled.</summary>
    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
