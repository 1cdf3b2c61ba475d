using System.Runtime.InteropServices;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// Reads the households of a Parquet table whose columns are typed as the tool writes them straight from its typed
/// columns: no cell, no document and no second reading for a household whose values are all well formed.
/// </summary>
/// <remarks>
/// A household is built here only when the strict document reader would read it to the same household: every value
/// of a known token, in range and exact, every required value given, nothing on a later row that belongs on the
/// first, and <see cref="Household.Create"/> content. Any household where that is not so is read the CSV way
/// (<see cref="HouseholdCsv.ToItem"/>) from the cells its values make, so its problems, their codes, rows and columns
/// are those that reading reports. Grouping rows by key, the key order and a damaged row group end the reading as
/// in <see cref="HouseholdCsv.Read"/>; a property test holds the two readings equal.
/// </remarks>
internal static class ParquetHouseholds
{
    private static readonly int KeyAt = At(HouseholdCsv.KeyColumn);
    private static readonly int RelationAt = At("relation");
    private static readonly int BirthDateAt = At("birthDate");
    private static readonly int IndependentAt = At("livesIndependently");
    private static readonly int StudentAt = At("fullTimeStudent");
    private static readonly int TogetherAt = At("livesWithHousehold");
    private static readonly int AbsenceAt = At("absence");
    private static readonly int AbsentSinceAt = At("absentSince");
    private static readonly int DisabilityKindAt = At("disabilityKind");
    private static readonly int DisabilityGradeAt = At("disabilityGrade");
    private static readonly int IllAt = At("seriouslyIll");
    private static readonly int SupporterAt = At("hasAbleSupporter");
    private static readonly int EnrolledAt = At("enrolledInExtremePoverty");
    private static readonly int StageAt = At("schoolStage");
    private static readonly int RefusalsAt = At("refusedJobReferrals");
    private static readonly int FinancialAt = At("financialAssets");
    private static readonly int HomesAt = At("homesOwned");
    private static readonly int EquityAt = At("businessEquity");
    private static readonly int SinceAt = At("dibaoRecipientSince");
    private static readonly int BenefitAt = At("dibaoLastMonthlyBenefit");
    private static readonly int RoseAt = At("dibaoWorkIncomeRoseOn");
    private static readonly int WeightAt = At("weight");
    private static readonly int RegionAt = At("region");

    [ThreadStatic]
    private static List<Income>? incomeBuffer;

    private static readonly IncomeKind[] IncomeKinds = Enum.GetValues<IncomeKind>();
    private static readonly int[] IncomeAt = [.. IncomeKinds.Select(kind => At(EnumTokens<IncomeKind>.ToToken(kind)))];

    // The household's own columns and its survey columns, which only its first row may fill.
    private static readonly int[] FirstRowOnly = [FinancialAt, HomesAt, EquityAt, SinceAt, BenefitAt, RoseAt, WeightAt, RegionAt];

    /// <summary>
    /// The households of a table: straight from its typed columns when <see cref="HouseholdParquet.Records.Typed"/>,
    /// otherwise as cells through <see cref="HouseholdCsv.Read"/>.
    /// </summary>
    /// <remarks>A header with a problem (a repeated or missing column) is left to the CSV reading, which reports it.</remarks>
    public static IEnumerable<ReviewItem> Read(CliText text, IHouseholdRecords records) =>
        records is HouseholdParquet.Records { Typed: true } table
        && HouseholdCsv.ParseHeader(text, new CsvRecord(0, table.Names, CsvProblem.None)).Problem is null
            ? ReadTyped(text, table)
            : HouseholdCsv.Read(text, records);

    /// <summary>
    /// Whether a household can be built from its rows without reading a document: the household, its weight and its
    /// division; false when some value is not as the document reader takes it, and the rows must be read as cells.
    /// </summary>
    internal static bool TryBuild(ReadOnlySpan<Segment> segments, out Household household, out decimal weight, out RegionCode? region)
    {
        household = null!;
        weight = 1m;
        region = null;
        var count = 0;
        foreach (var segment in segments)
        {
            count += segment.Count;
        }

        if (count > Household.MaxMembers)
        {
            return false;
        }

        var members = new HouseholdMember[count];
        var m = 0;
        foreach (var (group, start, length, _) in segments)
        {
            for (var row = start; row < start + length; row++, m++)
            {
                if (m > 0 && FillsFirstRowOnly(group, row))
                {
                    return false;
                }

                if (TryMember(group, row) is not { } member)
                {
                    return false;
                }

                members[m] = member;
            }
        }

        var (first, at, _, _) = segments[0];
        if (!TryAssets(first, at, out var assets) || !TryHistory(first, at, out var history) || !TrySurvey(first, at, out weight, out region))
        {
            return false;
        }

        var created = Household.CreateFromArray(ImmutableCollectionsMarshal.AsImmutableArray(members), assets, history);
        if (!created.IsSuccess)
        {
            return false;
        }

        household = created.Value;
        return true;
    }

    private static IEnumerable<ReviewItem> ReadTyped(CliText text, HouseholdParquet.Records table)
    {
        var source = new Source(text, table.Names);
        var segments = new List<Segment>();
        // The key being read, copied: the row group it was read from may be given back before the next key is read.
        var key = new char[64];
        var keyLength = -1;
        long firstRow = 0;
        long rowNumber = 0;
        while (table.ReadGroup(out var group))
        {
            if (group is null)
            {
                yield return HouseholdCsv.Unreadable(text, rowNumber + 1);
                yield break;
            }

            var start = 0;
            for (var row = 0; row < group.Count; row++)
            {
                rowNumber++;
                var rowKey = group.Text(KeyAt, row);
                if (keyLength >= 0 && rowKey.SequenceEqual(key.AsSpan(0, keyLength)))
                {
                    continue;
                }

                if (keyLength >= 0)
                {
                    // Keys come in the order of their UTF-8 bytes, which is the order of their code points.
                    if (Utf8Order(rowKey, key.AsSpan(0, keyLength)) < 0)
                    {
                        yield return HouseholdCsv.OutOfOrder(text, true, rowNumber, rowNumber - 1);
                        yield break;
                    }

                    if (row > start)
                    {
                        segments.Add(Segment.Of(group, start, row - start, rowNumber - (row - start)));
                    }

                    yield return source.Pending(firstRow, segments);
                    segments.Clear();
                }

                // Read again: a span is not kept across the household handed out above.
                var nextKey = group.Text(KeyAt, row);
                if (nextKey.Length > key.Length)
                {
                    key = new char[nextKey.Length];
                }

                nextKey.CopyTo(key);
                (keyLength, firstRow, start) = (nextKey.Length, rowNumber, row);
            }

            if (keyLength >= 0 && group.Count > start)
            {
                segments.Add(Segment.Of(group, start, group.Count - start, rowNumber - (group.Count - start) + 1));
            }

            // Every row is now in a household that holds the group, or in one already dealt with.
            group.Release();
        }

        if (keyLength >= 0)
        {
            yield return source.Pending(firstRow, segments);
        }
    }

    /// <summary>How two texts compare as UTF-8 bytes: by code point, a malformed surrogate counting as U+FFFD as encoding it would make it.</summary>
    internal static int Utf8Order(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        while (left.Length > 0 && right.Length > 0)
        {
            System.Text.Rune.DecodeFromUtf16(left, out var l, out var leftLength);
            System.Text.Rune.DecodeFromUtf16(right, out var r, out var rightLength);
            if (l != r)
            {
                return l.Value.CompareTo(r.Value);
            }

            left = left[leftLength..];
            right = right[rightLength..];
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary>
    /// A household's rows as the cells the CSV reading takes, in the file's column order: <paramref name="known"/> gives
    /// each of the file's columns its place in <see cref="HouseholdCsv.Columns"/>.
    /// </summary>
    private static (long Line, string[] Cells)[] Cells(int[] known, ReadOnlySpan<Segment> segments)
    {
        var rows = new List<(long, string[])>();
        foreach (var (group, start, count, firstRow) in segments)
        {
            for (var i = 0; i < count; i++)
            {
                rows.Add((firstRow + i, [.. known.Select(column => group.Cell(column, start + i))]));
            }
        }

        return [.. rows];
    }

    private static bool FillsFirstRowOnly(ColumnGroup group, int row)
    {
        foreach (var known in FirstRowOnly)
        {
            if (group.Given(known, row))
            {
                return true;
            }
        }

        return false;
    }

    private static HouseholdMember? TryMember(ColumnGroup group, int row)
    {
        if (!Token(group.Text(RelationAt, row), out Relation? relation) || relation is not { } r
            || group.Date(BirthDateAt, row) is not { } born
            || !Token(group.Text(AbsenceAt, row), out Absence? absence)
            || !Token(group.Text(StageAt, row), out SchoolStage? stage)
            || !Token(group.Text(DisabilityKindAt, row), out DisabilityKind? disabilityKind)
            || !InRange(group.Whole(RefusalsAt, row), 0, 1000, out var refusals))
        {
            return null;
        }

        Disability? disability = null;
        var grade = group.Whole(DisabilityGradeAt, row);
        if (disabilityKind is not null || grade is not null)
        {
            if (disabilityKind is not { } kind || !InRange(grade, Disability.MostSevereGrade, Disability.LeastSevereGrade, out var g) || g is not { } known)
            {
                return null;
            }

            disability = new Disability(kind, known);
        }

        // A thread builds one member at a time, so one list per thread gathers every member's incomes.
        var incomes = incomeBuffer ??= new List<Income>(IncomeAt.Length);
        incomes.Clear();
        for (var i = 0; i < IncomeAt.Length; i++)
        {
            if (group.Amount(IncomeAt[i], row) is { } amount)
            {
                if (!Money.TryFromYuan(amount, out var money))
                {
                    return null;
                }

                incomes.Add(new Income(IncomeKinds[i], money));
            }
        }

        return new HouseholdMember
        {
            Relation = r,
            BirthDate = NodaTime.LocalDate.FromDateOnly(born),
            LivesIndependently = group.Boolean(IndependentAt, row) ?? false,
            FullTimeStudent = group.Boolean(StudentAt, row) ?? false,
            LivesWithHousehold = group.Boolean(TogetherAt, row) ?? true,
            Absence = absence ?? Absence.None,
            AbsentSince = group.Date(AbsentSinceAt, row) is { } since ? NodaTime.LocalDate.FromDateOnly(since) : null,
            Disability = disability,
            SeriouslyIll = group.Boolean(IllAt, row) ?? false,
            HasAbleSupporter = group.Boolean(SupporterAt, row) ?? true,
            EnrolledInExtremePoverty = group.Boolean(EnrolledAt, row) ?? false,
            SchoolStage = stage ?? SchoolStage.None,
            RefusedJobReferrals = refusals ?? 0,
            Incomes = incomes.Count == 0 ? [] : [.. incomes],
        };
    }

    private static bool TryAssets(ColumnGroup group, int row, out HouseholdAssets assets)
    {
        assets = HouseholdAssets.None;
        var financial = group.Amount(FinancialAt, row);
        var equity = group.Amount(EquityAt, row);
        if (!InRange(group.Whole(HomesAt, row), 0, 1000, out var homes))
        {
            return false;
        }

        if (financial is null && homes is null && equity is null)
        {
            return true;
        }

        var financialMoney = Money.Zero;
        var equityMoney = Money.Zero;
        if ((financial is { } f && !Money.TryFromYuan(f, out financialMoney)) || (equity is { } e && !Money.TryFromYuan(e, out equityMoney)))
        {
            return false;
        }

        assets = new HouseholdAssets { FinancialAssets = financialMoney, HomesOwned = homes ?? 0, BusinessEquity = equityMoney };
        return true;
    }

    private static bool TryHistory(ColumnGroup group, int row, out DibaoHistory? history)
    {
        history = null;
        var since = group.Date(SinceAt, row);
        var benefit = group.Amount(BenefitAt, row);
        var rose = group.Date(RoseAt, row);
        if (since is null && benefit is null && rose is null)
        {
            return true;
        }

        if (since is not { } s || benefit is not { } b || !Money.TryFromYuan(b, out var last))
        {
            return false;
        }

        history = new DibaoHistory
        {
            RecipientSince = NodaTime.LocalDate.FromDateOnly(s),
            LastMonthlyBenefit = last,
            WorkIncomeRoseOn = rose is { } r ? NodaTime.LocalDate.FromDateOnly(r) : null,
        };
        return true;
    }

    private static bool TrySurvey(ColumnGroup group, int row, out decimal weight, out RegionCode? region)
    {
        weight = 1m;
        region = null;
        if (group.Amount(WeightAt, row) is { } given)
        {
            if (!SurveyHousehold.IsWeight(given))
            {
                return false;
            }

            weight = given;
        }

        var code = group.Text(RegionAt, row);
        if (code.Length > 0)
        {
            if (!RegionCode.TryParse(code.ToString(), out var parsed))
            {
                return false;
            }

            region = parsed;
        }

        return true;
    }

    /// <summary>A token of <typeparamref name="T"/>, none when the cell is blank; false for any other text.</summary>
    private static bool Token<T>(ReadOnlySpan<char> cell, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (cell.Length == 0)
        {
            return true;
        }

        var tokens = Tokens<T>.Names;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (cell.SequenceEqual(tokens[i]))
            {
                value = Tokens<T>.Values[i];
                return true;
            }
        }

        return false;
    }

    private static bool InRange(long? whole, int minimum, int maximum, out int? value)
    {
        value = null;
        if (whole is not { } given)
        {
            return true;
        }

        if (given < minimum || given > maximum)
        {
            return false;
        }

        value = (int)given;
        return true;
    }

    private static int At(string column) => Array.IndexOf(HouseholdCsv.Columns, column);

    /// <summary>
    /// What every household of one table shares (the language of its problems, the file's columns), and how a
    /// household of one row group is built from the rows its item names: the reading thread then makes no object for
    /// it. A household split between row groups, which is rare, is an object of its own (<see cref="Spanning"/>).
    /// </summary>
    private sealed class Source(CliText text, string[] names) : IPendingHousehold
    {
        private readonly CliText text = text;
        private readonly string[] names = names;

        // Where each of the file's columns stands among the known ones, worked out once for the table.
        private readonly int[] known = [.. names.Select(name => Array.IndexOf(HouseholdCsv.Columns, name))];

        public ReviewItem Pending(long firstRow, List<Segment> segments) => segments.Count == 1
            ? ReviewItem.Deferred(firstRow, this) with { Rows = segments[0] }
            : ReviewItem.Deferred(firstRow, new Spanning(this, [.. segments]));

        public ReviewItem Build(in ReviewItem pending)
        {
            var rows = pending.Rows;
            return Build(pending.Line, new ReadOnlySpan<Segment>(in rows));
        }

        public void Finish(in ReviewItem pending) => pending.Rows.Group.Release();

        public ReviewItem Build(long firstRow, ReadOnlySpan<Segment> segments)
        {
            var key = segments[0].Group.Text(KeyAt, segments[0].Start).ToString();
            if (!TryBuild(segments, out var household, out var weight, out var region))
            {
                return HouseholdCsv.ToItem(text, names, Cells(known, segments), true);
            }

            // Where a problem found later (on the assessment date) lies is worked out from the rows only then; the
            // rows are kept until the household is finished.
            var places = segments.Length == 1 ? new RowPlaces(this, segments[0], null) : new RowPlaces(this, default, segments.ToArray());
            return ReviewItem.Built(firstRow, key, household, places) with { Weight = weight, Region = region, NumbersRows = true };
        }

        /// <summary>The places of a built household's cells, from its rows in one row group or in several.</summary>
        private sealed class RowPlaces(Source source, Segment single, Segment[]? several) : CellPlaces
        {
            protected override IReadOnlyDictionary<string, (long Line, string Column)> Find()
            {
                var rows = single;
                var segments = several ?? new ReadOnlySpan<Segment>(in rows);
                return HouseholdCsv.CellsByPath(source.text, source.names, Cells(source.known, segments), true);
            }
        }
    }

    /// <summary>A household whose rows lie in more than one row group, holding each until it is finished.</summary>
    private sealed class Spanning(Source source, Segment[] segments) : IPendingHousehold
    {
        public ReviewItem Build(in ReviewItem pending) => source.Build(pending.Line, segments);

        public void Finish(in ReviewItem pending)
        {
            foreach (var segment in segments)
            {
                segment.Group.Release();
            }
        }
    }

    /// <summary>Consecutive rows of one household in one row group; a household split between row groups has several.</summary>
    internal readonly record struct Segment(ColumnGroup Group, int Start, int Count, long FirstRow)
    {
        /// <summary>A household's rows in a group, which it holds until it is dealt with.</summary>
        public static Segment Of(ColumnGroup group, int start, int count, long firstRow)
        {
            group.Hold();
            return new Segment(group, start, count, firstRow);
        }
    }

    private static class Tokens<T>
        where T : struct, Enum
    {
        public static readonly string[] Names = [.. EnumTokens<T>.ByToken.Keys];

        public static readonly T[] Values = [.. EnumTokens<T>.ByToken.Values];
    }
}
