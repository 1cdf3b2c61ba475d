namespace DomainKit.Cli;

/// <summary>
/// One unit of a review: a household document to assess (with, for CSV input, where each of its JSON paths came
/// from), or the problems found while reading it. A fatal item means the whole input is unreadable.
/// </summary>
/// <remarks>A value, so a batch of JSON lines is an array of them that points into the read buffer, with nothing allocated per line.</remarks>
internal readonly record struct ReviewItem(
    long Line,
    string? Key,
    ReadOnlyMemory<byte> Json,
    CellPlaces? Cells,
    string? Problem,
    bool IsFatal)
{
    /// <summary>How many households of the population this one stands for (the <c>weight</c> column); 1 unless given.</summary>
    public decimal Weight { get; init; } = 1m;

    /// <summary>The household's administrative division (the <c>region</c> column), if given.</summary>
    public Policies.RegionCode? Region { get; init; }

    /// <summary>Whether <see cref="Line"/> is a row of a Parquet table rather than a line of a text file.</summary>
    public bool NumbersRows { get; init; }

    /// <summary>
    /// For a table's household, how its item is made: deferred to the thread that assesses it, so that building
    /// households is shared between the cores rather than done by the one reading the table.
    /// </summary>
    public IPendingHousehold? Pending { get; init; }

    /// <summary>For a household read from one row group of a Parquet table, the group and its rows, which <see cref="Pending"/> builds it from.</summary>
    public ParquetHouseholds.Segment Rows { get; init; }

    /// <summary>
    /// The household itself, when it was built straight from a table's typed columns rather than as a document to
    /// read; <see cref="Cells"/> still places any problem found in it later.
    /// </summary>
    public Assistance.Household? Household { get; init; }

    /// <summary>
    /// The household as read: <see cref="Household"/> when it was built already (with nothing allocated to say so),
    /// otherwise <see cref="Json"/> read strictly, with its problems when it cannot be.
    /// </summary>
    public bool TryRead(out Assistance.Household household, out IEnumerable<Ardalis.Result.ValidationError> problems)
    {
        problems = [];
        if (Household is { } built)
        {
            household = built;
            return true;
        }

        // A line is a household document or a survey household (its weight and division are for compare alone).
        var parsed = Assistance.SurveyHouseholdJson.Read(Json, out _, out _);
        household = parsed.IsSuccess ? parsed.Value : null!;
        problems = parsed.ValidationErrors;
        return parsed.IsSuccess;
    }

    /// <summary>The item made, if it was deferred.</summary>
    public ReviewItem Ready() => Pending is null ? this : Pending.Build(this);

    /// <summary>
    /// Says that whoever read the item has dealt with its household (results written, problems placed), so that what
    /// it was read from can be reused; nothing of the item or its ready form is read after it.
    /// </summary>
    public void Finish() => Pending?.Finish(this);

    public static ReviewItem Deferred(long line, IPendingHousehold pending) =>
        new(line, null, ReadOnlyMemory<byte>.Empty, null, null, false) { Pending = pending };

    public static ReviewItem JsonLine(long line, ReadOnlyMemory<byte> utf8) => new(line, null, utf8, null, null, false);

    public static ReviewItem Csv(long line, string key, byte[] utf8, CellPlaces cells) =>
        new(line, key, utf8, cells, null, false);

    public static ReviewItem Built(long line, string key, Assistance.Household household, CellPlaces cells) =>
        new(line, key, ReadOnlyMemory<byte>.Empty, cells, null, false) { Household = household };

    public static ReviewItem Bad(long line, string? key, string problem) => new(line, key, ReadOnlyMemory<byte>.Empty, null, problem, false);

    public static ReviewItem Fatal(string problem) => new(1, null, ReadOnlyMemory<byte>.Empty, null, problem, true);

    /// <summary>Where a JSON path of the household document came from: the CSV line and column of the nearest known path.</summary>
    public (long Line, string Column) Locate(string path)
    {
        if (Cells is null)
        {
            return (Line, path);
        }

        for (var probe = path; probe.Length > 0; probe = Parent(probe))
        {
            if (Cells.ByPath.TryGetValue(probe, out var cell))
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
