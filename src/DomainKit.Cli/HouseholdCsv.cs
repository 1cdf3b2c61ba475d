using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// Households as CSV, for <c>review</c> and <c>generate</c>: one row per member, the rows of one household consecutive
/// under the same <c>household</c> key, the household's own columns (assets, dibao history) on its first row. Each
/// household becomes a <c>domainkit/household@1</c> document (the version whose amounts are numbers, as the cells hold them), so that the library's strict reader checks it and its
/// errors can be traced back to a line and a column.
/// </summary>
/// <remarks>
/// Fields follow RFC 4180 quoting, line breaks inside quotes included (see <see cref="CsvRecordReader"/>). A blank cell means "not given": the contract's
/// default applies. An income column holds the member's total of that kind over the assessment window.
/// </remarks>
internal static class HouseholdCsv
{
    public const string KeyColumn = "household";

    private static readonly string[] MemberColumns =
    [
        "relation", "birthDate", "livesIndependently", "fullTimeStudent", "livesWithHousehold", "absence", "absentSince",
        "disabilityKind", "disabilityGrade", "seriouslyIll", "hasAbleSupporter", "enrolledInExtremePoverty", "schoolStage",
        "refusedJobReferrals",
    ];

    private static readonly string[] IncomeColumns = [.. Enum.GetValues<IncomeKind>().Select(EnumTokens<IncomeKind>.ToToken)];

    private static readonly string[] HouseholdColumns =
    [
        "financialAssets", "homesOwned", "businessEquity", "dibaoRecipientSince", "dibaoLastMonthlyBenefit", "dibaoWorkIncomeRoseOn",
    ];

    /// <summary>
    /// The household's place in a population rather than its facts, read by <c>compare</c>: how many households it stands
    /// for and its administrative division (GB/T 2260); on its first row like the household's own columns.
    /// </summary>
    public static readonly string[] SurveyColumns = ["weight", "region"];

    /// <summary>Every column, in the order <see cref="Write"/> uses.</summary>
    public static readonly string[] Columns = [KeyColumn, .. MemberColumns, .. IncomeColumns, .. HouseholdColumns, .. SurveyColumns];

    private static readonly string[] RequiredColumns = [KeyColumn, "relation", "birthDate"];

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Header => string.Join(",", Columns);

    /// <summary>Writes a household's rows (without the header). Income items of one kind are written as their total.</summary>
    public static void Write(TextWriter writer, string key, Household household, RegionCode? region = null) =>
        WriteRows(key, household, region, cells => writer.WriteLine(string.Join(",", cells.Select(CsvCell.Text))));

    /// <summary>Hands a household's rows to <paramref name="row"/> as cells in the order of <see cref="Columns"/>, blank where not given.</summary>
    public static void WriteRows(string key, Household household, RegionCode? region, Action<List<string>> row)
    {
        for (var i = 0; i < household.Members.Length; i++)
        {
            var member = household.Members[i];
            var cells = new List<string>(Columns.Length)
            {
                key,
                EnumTokens<Relation>.ToToken(member.Relation),
                Dates.Format(member.BirthDate),
                Bool(member.LivesIndependently),
                Bool(member.FullTimeStudent),
                Bool(member.LivesWithHousehold),
                EnumTokens<Absence>.ToToken(member.Absence),
                member.AbsentSince is { } since ? Dates.Format(since) : string.Empty,
                member.Disability is { } d ? EnumTokens<DisabilityKind>.ToToken(d.Kind) : string.Empty,
                member.Disability is { } g ? g.Grade.ToString(CultureInfo.InvariantCulture) : string.Empty,
                Bool(member.SeriouslyIll),
                Bool(member.HasAbleSupporter),
                Bool(member.EnrolledInExtremePoverty),
                EnumTokens<SchoolStage>.ToToken(member.SchoolStage),
                member.RefusedJobReferrals.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var kind in Enum.GetValues<IncomeKind>())
            {
                var items = member.Incomes.Where(income => income.Kind == kind).ToList();
                cells.Add(items.Count == 0 ? string.Empty : Yuan(items.Aggregate(Money.Zero, (sum, income) => sum + income.Amount)));
            }

            if (i == 0)
            {
                cells.Add(Yuan(household.Assets.FinancialAssets));
                cells.Add(household.Assets.HomesOwned.ToString(CultureInfo.InvariantCulture));
                cells.Add(Yuan(household.Assets.BusinessEquity));
                var history = household.DibaoHistory;
                cells.Add(history is null ? string.Empty : Dates.Format(history.RecipientSince));
                cells.Add(history is null ? string.Empty : Yuan(history.LastMonthlyBenefit));
                cells.Add(history?.WorkIncomeRoseOn is { } rose ? Dates.Format(rose) : string.Empty);
                cells.Add(string.Empty);
                cells.Add(region?.Value ?? string.Empty);
            }
            else
            {
                cells.AddRange(HouseholdColumns.Concat(SurveyColumns).Select(_ => string.Empty));
            }

            row(cells);
        }
    }

    /// <summary>
    /// Reads households from CSV records (the first is the header). A bad header, a record too long for any
    /// households file or a key out of order ends the reading with one fatal problem; a bad household is one item
    /// with its problems, and reading goes on with the next household.
    /// </summary>
    /// <remarks>
    /// A malformed row (a wrong number of fields, a field that is not UTF-8, an unterminated quote) makes its whole
    /// household bad, the rows before it and after it alike, so no household is ever decided on part of its members.
    /// A row whose key cannot be read belongs to the household being read. Keys must come in ascending order of their
    /// UTF-8 bytes (what <c>LC_ALL=C sort</c> gives): a key seen again after other households is then always out of
    /// order, which is found with the previous key alone, so memory stays flat however many rows the file has.
    /// </remarks>
    /// <param name="text">The language of the problems reported.</param>
    /// <param name="reader">The file's records.</param>
    public static IEnumerable<ReviewItem> Read(CliText text, IHouseholdRecords reader)
    {
        var rows = reader.NumbersRows;
        if (!reader.Read(out var headerRecord))
        {
            yield return ReviewItem.Fatal(text.Say($"line 1: the CSV file is empty; it needs a header row."));
            yield break;
        }

        var header = ParseHeader(text, headerRecord);
        if (header.Problem is not null)
        {
            yield return ReviewItem.Fatal(rows ? text.Say($"the Parquet file's columns: {header.Problem}") : text.Say($"line {headerRecord.Line}: {header.Problem}"));
            yield break;
        }

        var group = new Group();
        byte[]? previousKey = null;
        while (reader.Read(out var record))
        {
            if (record.Problem == CsvProblem.Unreadable)
            {
                yield return Unreadable(text, record.Line);
                yield break;
            }

            if (record.Problem == CsvProblem.TooLong)
            {
                yield return ReviewItem.Fatal(text.Say($"line {record.Line}: the row is longer than {CsvRecordReader.MaxRecordBytes} bytes, which no household needs; the file is not a households file."));
                yield break;
            }

            var key = record.Fields.Count > header.KeyIndex ? record.Fields[header.KeyIndex] : null;
            var problem = record.Problem switch
            {
                CsvProblem.UnterminatedQuote => text.Say($"line {record.Line}: a quote opened on this row is never closed."),
                CsvProblem.InvalidUtf8 => text.Say($"line {record.Line}: the row holds bytes that are not UTF-8. [text.invalidUtf8]"),
                _ when record.Fields.Count != header.Columns.Length => text.Say($"line {record.Line}: {record.Fields.Count} fields, but the header has {header.Columns.Length}."),
                _ => null,
            };
            if (key is not null && (group.Key is null || key != group.Key))
            {
                var keyBytes = Encoding.UTF8.GetBytes(key);
                if (previousKey is not null && keyBytes.AsSpan().SequenceCompareTo(previousKey) < 0)
                {
                    yield return OutOfOrder(text, rows, record.Line, group.LastKeyLine);
                    yield break;
                }

                if (group.Rows.Count > 0 || group.Problems.Count > 0)
                {
                    yield return group.ToItem(text, header.Columns, rows);
                }

                group.Start(key, record.Line);
                previousKey = keyBytes;
            }

            if (problem is not null)
            {
                group.Problems.Add(problem);
                group.FirstLine ??= record.Line;
            }
            else
            {
                group.Rows.Add((record.Line, record.Fields.Select(field => field!).ToArray()));
            }

            if (key is not null)
            {
                group.LastKeyLine = record.Line;
            }
        }

        if (group.Rows.Count > 0 || group.Problems.Count > 0)
        {
            yield return group.ToItem(text, header.Columns, rows);
        }
    }

    /// <summary>The end of a Parquet table's reading at a row group that cannot be decoded.</summary>
    internal static ReviewItem Unreadable(CliText text, long row) =>
        ReviewItem.Fatal(text.Say($"row {row}: the file cannot be read from this row on; it is damaged or not written as Parquet says."));

    /// <summary>The end of the reading at a household key that sorts before the one before it.</summary>
    internal static ReviewItem OutOfOrder(CliText text, bool numbersRows, long line, long lastKeyLine) => ReviewItem.Fatal(numbersRows
        ? text.Say($"row {line}: the household key sorts before the key on row {lastKeyLine}; rows must be sorted by household key (see \"Households as Parquet\" in the DomainKit documentation), so that a household split across the file is found.")
        : text.Say($"line {line}: the household key sorts before the key on line {lastKeyLine}; rows must be sorted by household key (LC_ALL=C sort; see \"Households as CSV\" in the DomainKit documentation), so that a household split across the file is found."));

    /// <summary>The rows of the household being read and the problems of its malformed rows.</summary>
    private sealed class Group
    {
        public string? Key { get; private set; }

        public long? FirstLine { get; set; }

        public long LastKeyLine { get; set; }

        public List<(long Line, string[] Cells)> Rows { get; } = [];

        public List<string> Problems { get; } = [];

        public void Start(string key, long line)
        {
            Key = key;
            FirstLine = line;
            Rows.Clear();
            Problems.Clear();
        }

        /// <summary>The household's document, or, when any of its rows is malformed, one bad item for the whole household.</summary>
        public ReviewItem ToItem(CliText text, string[] columns, bool rows)
        {
            var line = FirstLine ?? Rows[0].Line;
            if (Problems.Count == 0)
            {
                // The document is built where the household is assessed, across the cores; the rows are this
                // reader's buffer, reused for the next household, so the item keeps a copy.
                var kept = Rows.ToArray();
                return ReviewItem.Deferred(line, new PendingRows(text, columns, kept, rows));
            }

            Problems.Insert(0, text.Say($"line {line}: the household starting here is skipped whole, since one of its rows cannot be read."));
            return ReviewItem.Bad(line, Key, string.Join(Environment.NewLine, Problems));
        }
    }

    /// <summary>A household's rows, kept to be turned into its document where it is assessed.</summary>
    private sealed class PendingRows(CliText text, string[] columns, (long Line, string[] Cells)[] rows, bool numbersRows) : IPendingHousehold
    {
        public ReviewItem Build(in ReviewItem pending) => ToItem(text, columns, rows, numbersRows);

        public void Finish(in ReviewItem pending)
        {
            // The rows are the household's own copy; nothing is given back.
        }
    }

    internal static (string[] Columns, int KeyIndex, string? Problem) ParseHeader(CliText text, CsvRecord header)
    {
        if (header.Problem == CsvProblem.TooLong)
        {
            return ([], -1, text.Say($"the header is longer than {CsvRecordReader.MaxRecordBytes} bytes; the file is not a households file."));
        }

        if (header.Problem != CsvProblem.None)
        {
            return ([], -1, text.Say($"the header is malformed: an unterminated quote or bytes that are not UTF-8."));
        }

        var columns = header.Fields.Select(field => field!).ToArray();

        var known = Columns.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            if (!known.Contains(column))
            {
                // The unknown name is not repeated: a header may be a data row by mistake, with a person's details in it.
                var position = i + 1;
                return ([], -1, text.Say($"column {position} is not a known column; expected some of: {string.Join(", ", Columns)}."));
            }

            if (!seen.Add(column))
            {
                return ([], -1, text.Say($"the column \"{column}\" appears more than once."));
            }
        }

        var missing = RequiredColumns.Where(required => !seen.Contains(required)).ToList();
        return missing.Count > 0
            ? ([], -1, text.Say($"missing columns: {string.Join(", ", missing)}."))
            : (columns, IndexOf(columns, KeyColumn), null);
    }

    /// <summary>
    /// Turns a household's rows into its JSON document; where in the file each JSON path came from is worked out only
    /// when a problem is to be placed, since almost every household has none.
    /// </summary>
    internal static ReviewItem ToItem(CliText text, string[] columns, (long Line, string[] Cells)[] rows, bool numbersRows)
    {
        var key = rows[0].Cells[IndexOf(columns, KeyColumn)];
        var (json, misplaced) = Document(text, columns, rows, numbersRows, null);
        var firstRow = rows[0].Line;
        var (weight, region) = Survey(text, columns, rows[0], numbersRows, misplaced);
        if (misplaced.Count > 0)
        {
            return ReviewItem.Bad(firstRow, key, string.Join(Environment.NewLine, misplaced)) with { NumbersRows = numbersRows };
        }

        return ReviewItem.Csv(firstRow, key, json, new RowPlaces(text, columns, rows, numbersRows))
            with { Weight = weight, Region = region, NumbersRows = numbersRows };
    }

    private sealed class RowPlaces(CliText text, string[] columns, (long Line, string[] Cells)[] rows, bool numbersRows) : CellPlaces
    {
        protected override IReadOnlyDictionary<string, (long Line, string Column)> Find() => CellsByPath(text, columns, rows, numbersRows);
    }

    /// <summary>Where each JSON path of a household's document comes from in its rows: the line or row, and the column.</summary>
    internal static IReadOnlyDictionary<string, (long Line, string Column)> CellsByPath(CliText text, string[] columns, (long Line, string[] Cells)[] rows, bool numbersRows)
    {
        var cellsByPath = new Dictionary<string, (long Line, string Column)>(StringComparer.Ordinal);
        Document(text, columns, rows, numbersRows, cellsByPath);
        return cellsByPath;
    }

    /// <summary>A household's JSON document and the problems of its misplaced cells; each JSON path's cell noted in <paramref name="cellsByPath"/> when given.</summary>
    private static (byte[] Json, List<string> Misplaced) Document(CliText text, string[] columns, (long Line, string[] Cells)[] rows, bool numbersRows, Dictionary<string, (long Line, string Column)>? cellsByPath)
    {
        var misplaced = new List<string>();
        var at = Positions(columns);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            // The first version, whose amounts are numbers, as the cells hold them; the reader then checks each as it would in a file.
            json.WriteString("schema", HouseholdJson.FirstSchema);
            json.WriteStartArray("members");
            for (var m = 0; m < rows.Length; m++)
            {
                var (line, cells) = rows[m];
                var memberPath = cellsByPath is null ? string.Empty : $"members[{m}]";
                if (cellsByPath is not null)
                {
                    cellsByPath[memberPath] = (line, string.Empty);
                }

                string? Cell(int known) => at[known] is var index and >= 0 && cells[index].Length > 0 ? cells[index] : null;

                json.WriteStartObject();
                foreach (var known in PlainMemberAt)
                {
                    var column = Columns[known];
                    if (Cell(known) is { } value)
                    {
                        WriteValue(json, column, value);
                        if (cellsByPath is not null)
                        {
                            cellsByPath[$"{memberPath}.{column}"] = (line, column);
                        }
                    }
                }

                var disabilityKind = Cell(DisabilityKindAt);
                var disabilityGrade = Cell(DisabilityGradeAt);
                if (disabilityKind is not null || disabilityGrade is not null)
                {
                    json.WriteStartObject("disability");
                    if (disabilityKind is not null)
                    {
                        WriteValue(json, "kind", disabilityKind);
                    }

                    if (disabilityGrade is not null)
                    {
                        WriteValue(json, "grade", disabilityGrade);
                    }

                    json.WriteEndObject();
                    if (cellsByPath is not null)
                    {
                        cellsByPath[$"{memberPath}.disability"] = (line, disabilityKind is null ? "disabilityGrade" : "disabilityKind");
                        cellsByPath[$"{memberPath}.disability.kind"] = (line, "disabilityKind");
                        cellsByPath[$"{memberPath}.disability.grade"] = (line, "disabilityGrade");
                    }
                }

                json.WriteStartArray("incomes");
                var item = 0;
                foreach (var known in IncomeAt)
                {
                    var column = Columns[known];
                    if (Cell(known) is { } amount)
                    {
                        json.WriteStartObject();
                        json.WriteString("kind", column);
                        WriteValue(json, "amount", amount);
                        json.WriteEndObject();
                        if (cellsByPath is not null)
                        {
                            cellsByPath[$"{memberPath}.incomes[{item}]"] = (line, column);
                            cellsByPath[$"{memberPath}.incomes[{item}].amount"] = (line, column);
                        }

                        item++;
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
                if (m > 0)
                {
                    foreach (var known in OwnAt)
                    {
                        if (Cell(known) is not null)
                        {
                            var column = Columns[known];
                            misplaced.Add(numbersRows
                                ? text.Say($"row {line}: {column}: the household's own columns belong on its first row.")
                                : text.Say($"line {line}: {column}: the household's own columns belong on its first row."));
                        }
                    }
                }
            }

            json.WriteEndArray();
            var (firstLine, first) = rows[0];
            string? FirstCell(int known) => at[known] is var index and >= 0 && first[index].Length > 0 ? first[index] : null;
            json.WriteStartObject("assets");
            foreach (var known in AssetsAt)
            {
                var column = Columns[known];
                if (FirstCell(known) is { } value)
                {
                    WriteValue(json, column, value);
                    if (cellsByPath is not null)
                    {
                        cellsByPath[$"assets.{column}"] = (firstLine, column);
                    }
                }
            }

            json.WriteEndObject();
            if (FirstCell(HistoryAt[0]) is not null || FirstCell(HistoryAt[1]) is not null || FirstCell(HistoryAt[2]) is not null)
            {
                json.WriteStartObject("dibaoHistory");
                if (cellsByPath is not null)
                {
                    cellsByPath["dibaoHistory"] = (firstLine, "dibaoRecipientSince");
                }

                foreach (var known in HistoryAt)
                {
                    var column = Columns[known];
                    var name = char.ToLowerInvariant(column["dibao".Length]) + column[("dibao".Length + 1)..];
                    if (cellsByPath is not null)
                    {
                        cellsByPath[$"dibaoHistory.{name}"] = (firstLine, column);
                    }

                    if (FirstCell(known) is { } value)
                    {
                        WriteValue(json, name, value);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return (buffer.ToArray(), misplaced);
    }

    /// <summary>The household's weight (1 when blank) and division (none when blank), each problem added to <paramref name="problems"/> without its value.</summary>
    private static (decimal Weight, RegionCode? Region) Survey(CliText text, string[] columns, (long Line, string[] Cells) first, bool numbersRows, List<string> problems)
    {
        string? Cell(string column) => IndexOf(columns, column) is var index and >= 0 && first.Cells[index].Length > 0 ? first.Cells[index] : null;
        var weight = 1m;
        if (Cell("weight") is { } weightText && !SurveyHousehold.TryParseWeight(weightText, out weight))
        {
            problems.Add(Errors.AtCell(text, numbersRows, first.Line, "weight", SurveyHousehold.WeightError("weight")));
            weight = 1m;
        }

        RegionCode? region = null;
        if (Cell("region") is { } regionText)
        {
            var parsed = RegionCode.Parse(regionText);
            if (parsed.IsSuccess)
            {
                region = parsed.Value;
            }
            else
            {
                problems.Add(Errors.AtCell(text, numbersRows, first.Line, "region", parsed.ValidationErrors.First()));
            }
        }

        return (weight, region);
    }

    /// <summary>
    /// Writes a cell as the JSON value it reads as: true and false as booleans, a JSON number as a number, anything
    /// else as a string, so that the strict reader reports a wrong type against the right field.
    /// </summary>
    private static void WriteValue(Utf8JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        if (value is "true" or "false")
        {
            json.WriteBooleanValue(value == "true");
        }
        else if (value.Length <= 64 && IsJsonNumber(value))
        {
            json.WriteRawValue(value);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    /// <summary>A column's position in a header, -1 when the header lacks it.</summary>
    private static int IndexOf(string[] columns, string column) => Positions(columns)[Array.IndexOf(Columns, column)];

    /// <summary>
    /// Where each of <see cref="Columns"/> is in a header (-1 when absent), worked out once and kept while the header
    /// lives, so that a household's cells are found by position rather than by name.
    /// </summary>
    private static int[] Positions(string[] header) =>
        ColumnPositions.GetValue(header, static header => [.. Columns.Select(column => Array.IndexOf(header, column))]);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], int[]> ColumnPositions = [];

    // Positions in Columns of the groups the document is built from (the disability columns form an object of their own).
    private static readonly int[] PlainMemberAt = [.. MemberColumns.Where(c => !c.StartsWith("disability", StringComparison.Ordinal)).Select(c => Array.IndexOf(Columns, c))];
    private static readonly int[] IncomeAt = [.. IncomeColumns.Select(c => Array.IndexOf(Columns, c))];
    private static readonly int[] AssetsAt = [.. HouseholdColumns.Take(3).Select(c => Array.IndexOf(Columns, c))];
    private static readonly int[] HistoryAt = [.. HouseholdColumns.Skip(3).Select(c => Array.IndexOf(Columns, c))];
    private static readonly int[] OwnAt = [.. HouseholdColumns.Concat(SurveyColumns).Select(c => Array.IndexOf(Columns, c))];
    private static readonly int DisabilityKindAt = Array.IndexOf(Columns, "disabilityKind");
    private static readonly int DisabilityGradeAt = Array.IndexOf(Columns, "disabilityGrade");

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Yuan(Money amount) => amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Whether a cell is a number as JSON writes one: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, checked by hand since every cell passes here.</summary>
    internal static bool IsJsonNumber(ReadOnlySpan<char> value)
    {
        var i = 0;
        if (i < value.Length && value[i] == '-')
        {
            i++;
        }

        if (i >= value.Length || !char.IsAsciiDigit(value[i]))
        {
            return false;
        }

        if (value[i++] != '0')
        {
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }
        }

        if (i < value.Length && value[i] == '.')
        {
            if (++i >= value.Length || !char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }
        }

        if (i < value.Length && (value[i] == 'e' || value[i] == 'E'))
        {
            if (++i < value.Length && (value[i] == '+' || value[i] == '-'))
            {
                i++;
            }

            if (i >= value.Length || !char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }
        }

        return i == value.Length;
    }
}
