namespace DomainKit.Cli;

/// <summary>
/// One unit of a review: a household document to assess (with, for CSV input, where each of its JSON paths came
/// from), or the problems found while reading it. A fatal item means the whole input is unreadable.
/// </summary>
internal sealed record ReviewItem(
    long Line,
    string? Key,
    string? Json,
    IReadOnlyDictionary<string, (long Line, string Column)>? Cells,
    string? Problem,
    bool IsFatal)
{
    public static ReviewItem JsonLine(long line, string text) => new(line, null, text, null, null, false);

    public static ReviewItem Csv(long line, string key, string json, IReadOnlyDictionary<string, (long Line, string Column)> cells) =>
        new(line, key, json, cells, null, false);

    public static ReviewItem Bad(long line, string? key, string problem) => new(line, key, null, null, problem, false);

    public static ReviewItem Fatal(string problem) => new(1, null, null, null, problem, true);

    /// <summary>Where a JSON path of the household document came from: the CSV line and column of the nearest known path.</summary>
    public (long Line, string Column) Locate(string path)
    {
        if (Cells is null)
        {
            return (Line, path);
        }

        for (var probe = path; probe.Length > 0; probe = Parent(probe))
        {
            if (Cells.TryGetValue(probe, out var cell))
            {
                return cell;
            }
        }

        return (Line, string.Empty);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
