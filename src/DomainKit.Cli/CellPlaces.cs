namespace DomainKit.Cli;

/// <summary>
/// Where each JSON path of a table's household comes from: the line or row, and the column. Worked out only when a
/// problem is to be placed, since almost every household has none, and kept once worked out; an item is read by one
/// thread at a time.
/// </summary>
internal abstract class CellPlaces
{
    private IReadOnlyDictionary<string, (long Line, string Column)>? byPath;

    /// <summary>Each JSON path's line or row and column.</summary>
    public IReadOnlyDictionary<string, (long Line, string Column)> ByPath => byPath ??= Find();

    /// <summary>Works the places out from the household's rows.</summary>
    protected abstract IReadOnlyDictionary<string, (long Line, string Column)> Find();
}
