using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Reads a household document (<c>domainkit/household@2</c> or <c>@1</c>) in one forward pass over its UTF-8 bytes.
/// </summary>
/// <remarks>
/// <para>
/// Population files hold millions of households, so this reader does the work of a document reader without its
/// costs: no document tree, no string for a name or a value it recognises, and no field path until a field is
/// wrong. A valid household allocates only the objects it is made of.
/// </para>
/// <para>
/// What it reports is what the document reader over <see cref="JsonDocument"/> reported, in the same order (a
/// property test holds the two equal): malformed JSON alone; otherwise, for each object, its unknown and
/// repeated properties in document order, then each field's problem in the contract's order, nested objects'
/// problems in their field's place. A repeated property's last value is the one read. Only text that is not
/// valid Unicode, which the document reader could not read at all, gets its own error here.
/// </para>
/// </remarks>
internal static class HouseholdJsonReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = StrictJsonReader.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private static readonly string[] RootFields = ["schema", "members", "assets", "dibaoHistory"];
    private static readonly string[] MemberFields =
    [
        "relation", "birthDate", "livesIndependently", "fullTimeStudent", "livesWithHousehold", "absence", "absentSince", "disability",
        "seriouslyIll", "hasAbleSupporter", "enrolledInExtremePoverty", "schoolStage", "refusedJobReferrals", "incomes",
    ];

    private static readonly string[] DisabilityFields = ["kind", "grade"];
    private static readonly string[] AssetFields = ["financialAssets", "homesOwned", "businessEquity"];
    private static readonly string[] HistoryFields = ["recipientSince", "lastMonthlyBenefit", "workIncomeRoseOn"];
    private static readonly string[] IncomeFields = ["kind", "amount", "period"];

    private static readonly byte[] SchemaName = System.Text.Encoding.UTF8.GetBytes(HouseholdJson.Schema);
    private static readonly byte[] FirstSchemaName = System.Text.Encoding.UTF8.GetBytes(HouseholdJson.FirstSchema);

    private static readonly byte[][] RootNames = Utf8(RootFields);
    private static readonly byte[][] MemberNames = Utf8(MemberFields);
    private static readonly byte[][] DisabilityNames = Utf8(DisabilityFields);
    private static readonly byte[][] AssetNames = Utf8(AssetFields);
    private static readonly byte[][] HistoryNames = Utf8(HistoryFields);
    private static readonly byte[][] IncomeNames = Utf8(IncomeFields);

    // Members and incomes are gathered here before they are copied into arrays of their exact length; a thread
    // reads one household at a time, so one buffer per thread serves every household it reads.
    [ThreadStatic]
    private static List<HouseholdMember>? memberBuffer;

    [ThreadStatic]
    private static List<Income>? incomeBuffer;

    // Whether the household being read is version 2, whose amounts are decimal strings, or version 1, whose amounts are
    // numbers: set from the schema before anything else is read, for the one household this thread is reading.
    [ThreadStatic]
    private static bool textAmounts;

    private enum RootField
    {
        Schema,
        Members,
        Assets,
        History,
    }

    private enum MemberField
    {
        Relation,
        BirthDate,
        LivesIndependently,
        FullTimeStudent,
        LivesWithHousehold,
        Absence,
        AbsentSince,
        Disability,
        SeriouslyIll,
        HasAbleSupporter,
        EnrolledInExtremePoverty,
        SchoolStage,
        RefusedJobReferrals,
        Incomes,
    }

    /// <summary>Reads a household; malformed or invalid input is Invalid, never thrown.</summary>
    public static Result<Household> Read(ReadOnlySpan<byte> utf8)
    {
        // A byte order mark, as some editors on Windows write one, is not part of the document.
        var json = new Utf8JsonReader(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8, Options);
        try
        {
            var result = ReadRoot(ref json);

            // Anything after the document is malformed, as it is for a document reader: reading on finds it.
            while (json.Read())
            {
            }

            return result;
        }
        catch (JsonException exception)
        {
            return Result<Household>.Invalid(StrictJsonReader.MalformedError(exception));
        }
    }

    private static Result<Household> ReadRoot(ref Utf8JsonReader json)
    {
        json.Read();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            var error = StrictJsonReader.WrongTypeError(string.Empty, "an object", Kind(json.TokenType));
            json.Skip();
            return Result<Household>.Invalid(error);
        }

        var errors = new ObjectErrors(RootFields.Length);
        var place = new Place(PlaceKind.Root);
        var seen = 0UL;
        var schemaSeen = false;
        textAmounts = !StrictJsonReader.NamesSchema(json, FirstSchemaName);
        var membersSeen = false;
        ImmutableArray<HouseholdMember> members = [];
        HouseholdAssets? assets = null;
        DibaoHistory? history = null;
        while (NextProperty(ref json, RootNames, RootFields, place, ref seen, ref errors, out var field))
        {
            errors.Clear(field);
            switch ((RootField)field)
            {
                case RootField.Schema:
                    schemaSeen = !IsNull(ref json);
                    ReadSchema(ref json, place, ref errors);
                    break;
                case RootField.Members:
                    membersSeen = !IsNull(ref json);
                    members = ReadMembers(ref json, ref errors);
                    break;
                case RootField.Assets:
                    assets = ReadAssets(ref json, ref errors);
                    break;
                case RootField.History:
                    history = ReadHistory(ref json, ref errors);
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        if (!schemaSeen)
        {
            errors.Add((int)RootField.Schema, StrictJsonReader.RequiredError("schema"));
        }

        if (!membersSeen)
        {
            errors.Add((int)RootField.Members, StrictJsonReader.RequiredError("members"));
        }

        // Structural problems are reported alone: validating a household with members dropped for bad fields
        // would add confusing follow-on errors (such as "no applicant").
        if (errors.Collect() is { } problems)
        {
            return Result<Household>.Invalid(problems);
        }

        return Household.CreateFromArray(members, assets ?? HouseholdAssets.None, history);
    }

    private static void ReadSchema(ref Utf8JsonReader json, Place place, ref ObjectErrors errors)
    {
        if (IsNull(ref json))
        {
            return;
        }

        if (json.TokenType != JsonTokenType.String)
        {
            errors.Add((int)RootField.Schema, StrictJsonReader.WrongTypeError("schema", "a string", Kind(json.TokenType)));
            json.Skip();
            return;
        }

        if (TextEquals(ref json, SchemaName) || TextEquals(ref json, FirstSchemaName))
        {
            return;
        }

        if (ReadText(ref json, place, "schema", out var error) is null)
        {
            errors.Add((int)RootField.Schema, error!);
            return;
        }

        errors.Add((int)RootField.Schema, Errors.At("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{HouseholdJson.Schema}\" or \"{HouseholdJson.FirstSchema}\"."));
    }

    private static ImmutableArray<HouseholdMember> ReadMembers(ref Utf8JsonReader json, ref ObjectErrors errors)
    {
        const int Slot = (int)RootField.Members;
        if (IsNull(ref json))
        {
            return [];
        }

        if (json.TokenType != JsonTokenType.StartArray)
        {
            errors.Add(Slot, StrictJsonReader.WrongTypeError("members", "an array", Kind(json.TokenType)));
            json.Skip();
            return [];
        }

        var buffer = memberBuffer ??= new List<HouseholdMember>(Household.MaxMembers);
        buffer.Clear();
        var index = 0;
        var tooMany = false;
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (index == Household.MaxMembers)
            {
                // A longer list is refused as a whole, as the document reader refused it before reading any item;
                // the rest is only checked for well-formed JSON.
                tooMany = true;
                errors.Clear(Slot);
            }

            if (tooMany)
            {
                json.Skip();
                continue;
            }

            if (ReadMember(ref json, index, ref errors) is { } member)
            {
                buffer.Add(member);
            }

            index++;
        }

        if (tooMany)
        {
            errors.Add(Slot, StrictJsonReader.TooManyItemsError("members", Household.MaxMembers));
            return [];
        }

        return buffer.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(buffer.ToArray());
    }

    private static HouseholdMember? ReadMember(ref Utf8JsonReader json, int index, ref ObjectErrors outer)
    {
        const int Slot = (int)RootField.Members;
        var place = new Place(PlaceKind.Member, index);
        if (!OpenObject(ref json, place, Slot, ref outer))
        {
            return null;
        }

        var errors = new ObjectErrors(MemberFields.Length);
        var seen = 0UL;
        Relation? relation = null;
        LocalDate? birthDate = null;
        bool? independent = null;
        bool? student = null;
        bool? together = null;
        Absence? absence = null;
        LocalDate? absentSince = null;
        Disability? disability = null;
        bool? seriouslyIll = null;
        bool? ableSupporter = null;
        bool? enrolled = null;
        SchoolStage? stage = null;
        int? refusals = null;
        ImmutableArray<Income> incomes = [];
        while (NextProperty(ref json, MemberNames, MemberFields, place, ref seen, ref errors, out var field))
        {
            errors.Clear(field);
            switch ((MemberField)field)
            {
                case MemberField.Relation:
                    relation = ReadName<Relation>(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.BirthDate:
                    birthDate = ReadDate(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.LivesIndependently:
                    independent = ReadBoolean(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.FullTimeStudent:
                    student = ReadBoolean(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.LivesWithHousehold:
                    together = ReadBoolean(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.Absence:
                    absence = ReadName<Absence>(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.AbsentSince:
                    absentSince = ReadDate(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.Disability:
                    disability = ReadDisability(ref json, index, ref errors);
                    break;
                case MemberField.SeriouslyIll:
                    seriouslyIll = ReadBoolean(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.HasAbleSupporter:
                    ableSupporter = ReadBoolean(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.EnrolledInExtremePoverty:
                    enrolled = ReadBoolean(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.SchoolStage:
                    stage = ReadName<SchoolStage>(ref json, place, field, MemberFields, ref errors);
                    break;
                case MemberField.RefusedJobReferrals:
                    refusals = ReadInteger(ref json, place, field, MemberFields, 0, 1000, ref errors);
                    break;
                case MemberField.Incomes:
                    incomes = ReadIncomes(ref json, index, ref errors);
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        if (relation is null && !errors.Has((int)MemberField.Relation))
        {
            errors.Add((int)MemberField.Relation, StrictJsonReader.RequiredError(place.Child("relation")));
        }

        if (birthDate is null && !errors.Has((int)MemberField.BirthDate))
        {
            errors.Add((int)MemberField.BirthDate, StrictJsonReader.RequiredError(place.Child("birthDate")));
        }

        errors.MoveTo(Slot, ref outer);

        if (relation is not { } r || birthDate is not { } born)
        {
            return null;
        }

        return new HouseholdMember
        {
            Relation = r,
            BirthDate = born,
            LivesIndependently = independent ?? false,
            FullTimeStudent = student ?? false,
            LivesWithHousehold = together ?? true,
            Absence = absence ?? Absence.None,
            AbsentSince = absentSince,
            Disability = disability,
            SeriouslyIll = seriouslyIll ?? false,
            HasAbleSupporter = ableSupporter ?? true,
            EnrolledInExtremePoverty = enrolled ?? false,
            SchoolStage = stage ?? SchoolStage.None,
            RefusedJobReferrals = refusals ?? 0,
            Incomes = incomes,
        };
    }

    private static Disability? ReadDisability(ref Utf8JsonReader json, int member, ref ObjectErrors outer)
    {
        const int Slot = (int)MemberField.Disability;
        var place = new Place(PlaceKind.Disability, member);
        // Null is the same as absent.
        if (IsNull(ref json) || !OpenObject(ref json, place, Slot, ref outer))
        {
            return null;
        }

        var errors = new ObjectErrors(DisabilityFields.Length);
        var seen = 0UL;
        DisabilityKind? kind = null;
        int? grade = null;
        while (NextProperty(ref json, DisabilityNames, DisabilityFields, place, ref seen, ref errors, out var field))
        {
            errors.Clear(field);
            if (field == 0)
            {
                kind = ReadName<DisabilityKind>(ref json, place, field, DisabilityFields, ref errors);
            }
            else if (field == 1)
            {
                grade = ReadInteger(ref json, place, field, DisabilityFields, Disability.MostSevereGrade, Disability.LeastSevereGrade, ref errors);
            }
            else
            {
                json.Skip();
            }
        }

        RequireAll(place, DisabilityFields, ref errors, kind is not null, grade is not null);
        errors.MoveTo(Slot, ref outer);
        return kind is { } k && grade is { } g ? new Disability(k, g) : null;
    }

    private static ImmutableArray<Income> ReadIncomes(ref Utf8JsonReader json, int member, ref ObjectErrors outer)
    {
        const int Slot = (int)MemberField.Incomes;
        var listPlace = new Place(PlaceKind.Member, member);
        if (IsNull(ref json))
        {
            return [];
        }

        if (json.TokenType != JsonTokenType.StartArray)
        {
            outer.Add(Slot, StrictJsonReader.WrongTypeError(listPlace.Child("incomes"), "an array", Kind(json.TokenType)));
            json.Skip();
            return [];
        }

        var buffer = incomeBuffer ??= new List<Income>(8);
        buffer.Clear();
        var index = 0;
        var tooMany = false;
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (index == Household.MaxIncomesPerMember)
            {
                tooMany = true;
                outer.Clear(Slot);
            }

            if (tooMany)
            {
                json.Skip();
                continue;
            }

            if (ReadIncome(ref json, new Place(PlaceKind.Income, member, index), ref outer) is { } income)
            {
                buffer.Add(income);
            }

            index++;
        }

        if (tooMany)
        {
            outer.Add(Slot, StrictJsonReader.TooManyItemsError(listPlace.Child("incomes"), Household.MaxIncomesPerMember));
            return [];
        }

        return buffer.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(buffer.ToArray());
    }

    private static Income? ReadIncome(ref Utf8JsonReader json, Place place, ref ObjectErrors outer)
    {
        const int Slot = (int)MemberField.Incomes;
        if (!OpenObject(ref json, place, Slot, ref outer))
        {
            return null;
        }

        var errors = new ObjectErrors(IncomeFields.Length);
        var seen = 0UL;
        IncomeKind? kind = null;
        Money? amount = null;
        var period = IncomePeriod.Window;
        while (NextProperty(ref json, IncomeNames, IncomeFields, place, ref seen, ref errors, out var field))
        {
            errors.Clear(field);
            if (field == 0)
            {
                kind = ReadName<IncomeKind>(ref json, place, field, IncomeFields, ref errors);
            }
            else if (field == 1)
            {
                amount = ReadMoney(ref json, place, field, IncomeFields, ref errors);
            }
            else if (field == 2)
            {
                period = ReadName<IncomePeriod>(ref json, place, field, IncomeFields, ref errors) ?? IncomePeriod.Window;
            }
            else
            {
                json.Skip();
            }
        }

        RequireAll(place, IncomeFields, ref errors, kind is not null, amount is not null);
        errors.MoveTo(Slot, ref outer);
        return kind is { } k && amount is { } a ? new Income(k, a) { Period = period } : null;
    }

    private static HouseholdAssets? ReadAssets(ref Utf8JsonReader json, ref ObjectErrors outer)
    {
        const int Slot = (int)RootField.Assets;
        var place = new Place(PlaceKind.Assets);
        // Null is the same as absent.
        if (IsNull(ref json) || !OpenObject(ref json, place, Slot, ref outer))
        {
            return null;
        }

        var errors = new ObjectErrors(AssetFields.Length);
        var seen = 0UL;
        Money? financial = null;
        int? homes = null;
        Money? business = null;
        while (NextProperty(ref json, AssetNames, AssetFields, place, ref seen, ref errors, out var field))
        {
            errors.Clear(field);
            switch (field)
            {
                case 0:
                    financial = ReadMoney(ref json, place, field, AssetFields, ref errors);
                    break;
                case 1:
                    homes = ReadInteger(ref json, place, field, AssetFields, 0, 1000, ref errors);
                    break;
                case 2:
                    business = ReadMoney(ref json, place, field, AssetFields, ref errors);
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        errors.MoveTo(Slot, ref outer);
        return financial is null && homes is null && business is null
            ? HouseholdAssets.None
            : new HouseholdAssets { FinancialAssets = financial ?? Money.Zero, HomesOwned = homes ?? 0, BusinessEquity = business ?? Money.Zero };
    }

    private static DibaoHistory? ReadHistory(ref Utf8JsonReader json, ref ObjectErrors outer)
    {
        const int Slot = (int)RootField.History;
        var place = new Place(PlaceKind.History);
        // Null is the same as absent.
        if (IsNull(ref json) || !OpenObject(ref json, place, Slot, ref outer))
        {
            return null;
        }

        var errors = new ObjectErrors(HistoryFields.Length);
        var seen = 0UL;
        LocalDate? since = null;
        Money? last = null;
        LocalDate? rose = null;
        while (NextProperty(ref json, HistoryNames, HistoryFields, place, ref seen, ref errors, out var field))
        {
            errors.Clear(field);
            switch (field)
            {
                case 0:
                    since = ReadDate(ref json, place, field, HistoryFields, ref errors);
                    break;
                case 1:
                    last = ReadMoney(ref json, place, field, HistoryFields, ref errors);
                    break;
                case 2:
                    rose = ReadDate(ref json, place, field, HistoryFields, ref errors);
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        RequireAll(place, HistoryFields, ref errors, since is not null, last is not null, true);
        errors.MoveTo(Slot, ref outer);
        return since is { } s && last is { } l ? new DibaoHistory { RecipientSince = s, LastMonthlyBenefit = l, WorkIncomeRoseOn = rose } : null;
    }

    /// <summary>
    /// Moves to the next property of the object under the reader and then to its value; reports a repeated or
    /// unknown name (and skips an unknown one's value). False at the end of the object.
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader json, byte[][] names, string[] fields, Place place, ref ulong seen, ref ObjectErrors errors, out int field)
    {
        while (true)
        {
            json.Read();
            if (json.TokenType == JsonTokenType.EndObject)
            {
                field = -1;
                return false;
            }

            field = Match(ref json, names, BitOperations.TrailingZeroCount(~seen));
            if (field >= 0)
            {
                var bit = 1UL << field;
                if ((seen & bit) != 0)
                {
                    errors.AddStructural(StrictJsonReader.DuplicateError(place.Child(fields[field])));
                }

                seen |= bit;
                json.Read();
                return true;
            }

            OtherProperty(ref json, fields, place, ref errors);
            json.Read();
            json.Skip();
        }
    }

    // A name the contract does not define: reported unknown the first time and repeated after that, as the
    // document reader did; a name that is not valid text is reported at the object it is in.
    private static void OtherProperty(ref Utf8JsonReader json, string[] fields, Place place, ref ObjectErrors errors)
    {
        string name;
        try
        {
            name = json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            errors.AddStructural(StrictJsonReader.InvalidTextError(place.Path));
            return;
        }

        // An unknown name is reported once, at its object's path, and never repeated.
        if (!errors.SeenUnknown(name))
        {
            errors.AddStructural(StrictJsonReader.UnknownPropertyError(place.Path, fields));
        }
    }

    // Documents written by this library, and most others, list the fields in the contract's order, so the first field
    // not yet seen is tried first: one comparison per property instead of half the list.
    /// <summary>
    /// Checks that the value under the reader opens an object; otherwise reports it (skipping its content) in the
    /// enclosing object's slot for it and returns false.
    /// </summary>
    private static bool OpenObject(ref Utf8JsonReader json, Place place, int slot, ref ObjectErrors outer)
    {
        if (json.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        outer.Add(slot, StrictJsonReader.WrongTypeError(place.Path, "an object", Kind(json.TokenType)));
        json.Skip();
        return false;
    }

    private static int Match(ref Utf8JsonReader json, byte[][] names, int expected)
    {
        if (expected < names.Length && TextEquals(ref json, names[expected]))
        {
            return expected;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (TextEquals(ref json, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Escaped text is compared after unescaping; an escape that is not valid Unicode matches no name, and the
    // reading that follows reports it.
    private static bool TextEquals(ref Utf8JsonReader json, byte[] utf8)
    {
        if (!json.ValueIsEscaped)
        {
            return json.ValueSpan.SequenceEqual(utf8);
        }

        try
        {
            return json.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void RequireAll(Place place, string[] fields, ref ObjectErrors errors, params ReadOnlySpan<bool> present)
    {
        for (var i = 0; i < present.Length; i++)
        {
            if (!present[i] && !errors.Has(i))
            {
                errors.Add(i, StrictJsonReader.RequiredError(place.Child(fields[i])));
            }
        }
    }

    private static T? ReadName<T>(ref Utf8JsonReader json, Place place, int field, string[] fields, ref ObjectErrors errors)
        where T : struct, Enum
    {
        if (IsNull(ref json))
        {
            return null;
        }

        if (json.TokenType != JsonTokenType.String)
        {
            errors.Add(field, StrictJsonReader.WrongTypeError(place.Child(fields[field]), "a string", Kind(json.TokenType)));
            json.Skip();
            return null;
        }

        var tokens = TokenBytes<T>.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (TextEquals(ref json, tokens[i]))
            {
                return TokenBytes<T>.Values[i];
            }
        }

        if (ReadText(ref json, place, fields[field], out var error) is not { } text)
        {
            errors.Add(field, error!);
            return null;
        }

        errors.Add(field, StrictJsonReader.UnknownNameError(place.Child(fields[field]), EnumTokens<T>.ByToken.Keys));
        return null;
    }

    private static LocalDate? ReadDate(ref Utf8JsonReader json, Place place, int field, string[] fields, ref ObjectErrors errors)
    {
        if (IsNull(ref json))
        {
            return null;
        }

        if (json.TokenType != JsonTokenType.String)
        {
            errors.Add(field, StrictJsonReader.WrongTypeError(place.Child(fields[field]), "a string", Kind(json.TokenType)));
            json.Skip();
            return null;
        }

        if (!json.ValueIsEscaped && Dates.TryParseUtf8(json.ValueSpan, out var date))
        {
            return date;
        }

        if (ReadText(ref json, place, fields[field], out var error) is not { } text)
        {
            errors.Add(field, error!);
            return null;
        }

        if (Dates.TryParse(text, out date))
        {
            return date;
        }

        errors.Add(field, StrictJsonReader.DateError(place.Child(fields[field])));
        return null;
    }

    private static bool? ReadBoolean(ref Utf8JsonReader json, Place place, int field, string[] fields, ref ObjectErrors errors)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                errors.Add(field, StrictJsonReader.WrongTypeError(place.Child(fields[field]), "true or false", Kind(json.TokenType)));
                json.Skip();
                return null;
        }
    }

    private static decimal? ReadDecimal(ref Utf8JsonReader json, Place place, int field, string[] fields, ref ObjectErrors errors)
    {
        if (IsNull(ref json))
        {
            return null;
        }

        if (json.TokenType != JsonTokenType.Number)
        {
            errors.Add(field, StrictJsonReader.WrongTypeError(place.Child(fields[field]), "a number", Kind(json.TokenType)));
            json.Skip();
            return null;
        }

        if (!json.TryGetDecimal(out var number)
            || !ExactNumber.Matches(json.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(json.ValueSequence) : json.ValueSpan, number))
        {
            errors.Add(field, StrictJsonReader.NumberError(place.Child(fields[field])));
            return null;
        }

        return number;
    }

    private static int? ReadInteger(ref Utf8JsonReader json, Place place, int field, string[] fields, int minimum, int maximum, ref ObjectErrors errors)
    {
        // A plain integer, as nearly every document writes it, is read without the decimal route; anything else
        // (a fraction, an exponent, a number too large) takes that route and gets its exact error.
        if (json.TokenType == JsonTokenType.Number && json.TryGetInt32(out var plain))
        {
            if (plain >= minimum && plain <= maximum)
            {
                return plain;
            }

            errors.Add(field, StrictJsonReader.IntegerError(place.Child(fields[field]), plain, minimum, maximum)!);
            return null;
        }

        if (ReadDecimal(ref json, place, field, fields, ref errors) is not { } number)
        {
            return null;
        }

        if (number == decimal.Truncate(number) && number >= minimum && number <= maximum)
        {
            return decimal.ToInt32(number);
        }

        errors.Add(field, StrictJsonReader.IntegerError(place.Child(fields[field]), number, minimum, maximum)!);
        return null;
    }

    private static Money? ReadMoney(ref Utf8JsonReader json, Place place, int field, string[] fields, ref ObjectErrors errors)
    {
        if (textAmounts)
        {
            if (IsNull(ref json))
            {
                return null;
            }

            if (json.TokenType != JsonTokenType.String)
            {
                errors.Add(field, StrictJsonReader.WrongTypeError(place.Child(fields[field]), AmountText.Expected, Kind(json.TokenType)));
                json.Skip();
                return null;
            }

            if (AmountText.TryRead(ref json, out var amount))
            {
                return amount;
            }

            errors.Add(field, StrictJsonReader.AmountTextError(place.Child(fields[field])));
            return null;
        }

        if (json.TokenType == JsonTokenType.Number && !json.HasValueSequence && AmountText.TryParseFen(json.ValueSpan, out var fen))
        {
            return Money.FromFen(fen);
        }

        if (ReadDecimal(ref json, place, field, fields, ref errors) is not { } number)
        {
            return null;
        }

        if (Money.TryFromYuan(number, out var money))
        {
            return money;
        }

        errors.Add(field, StrictJsonReader.MoneyError(place.Child(fields[field])));
        return null;
    }

    /// <summary>The string under the reader when it is valid text within the length limit; otherwise null and the error.</summary>
    private static string? ReadText(ref Utf8JsonReader json, Place place, string name, out ValidationError? error)
    {
        string text;
        try
        {
            text = json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            error = StrictJsonReader.InvalidTextError(place.Child(name));
            return null;
        }

        if (text.Length > StrictJsonReader.MaxStringLength)
        {
            error = StrictJsonReader.TooLongError(place.Child(name));
            return null;
        }

        error = null;
        return text;
    }

    private static bool IsNull(ref Utf8JsonReader json) => json.TokenType == JsonTokenType.Null;

    private static JsonValueKind Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };

    private static byte[][] Utf8(string[] names) => names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

    private enum PlaceKind
    {
        Root,
        Member,
        Income,
        Disability,
        Assets,
        History,
    }

    /// <summary>Where in the document an object is; its path is written only when a problem there needs it.</summary>
    private readonly record struct Place(PlaceKind Kind, int Member = 0, int Income = 0)
    {
        public string Path => Kind switch
        {
            PlaceKind.Root => string.Empty,
            PlaceKind.Member => string.Create(CultureInfo.InvariantCulture, $"members[{Member}]"),
            PlaceKind.Income => string.Create(CultureInfo.InvariantCulture, $"members[{Member}].incomes[{Income}]"),
            PlaceKind.Disability => string.Create(CultureInfo.InvariantCulture, $"members[{Member}].disability"),
            PlaceKind.Assets => "assets",
            _ => "dibaoHistory",
        };

        public string Child(string name) => StrictJsonReader.Child(Path, name);
    }

    /// <summary>The UTF-8 tokens of an enum, compared with the JSON text without decoding it.</summary>
    private static class TokenBytes<T>
        where T : struct, Enum
    {
        public static readonly T[] Values = EnumTokens<T>.ByToken.Values.ToArray();

        public static readonly byte[][] Tokens = Utf8(EnumTokens<T>.ByToken.Keys.ToArray());
    }

    /// <summary>
    /// One object's problems, kept apart by field so they come out in the contract's order whatever the order of the
    /// document; nothing is allocated until there is a problem.
    /// </summary>
    private struct ObjectErrors(int fields)
    {
        private List<ValidationError>? structural;
        private List<ValidationError>?[]? byField;
        private List<string>? unknownNames;

        public void AddStructural(ValidationError error) => (structural ??= []).Add(error);

        public void Add(int field, ValidationError error) => ((byField ??= new List<ValidationError>?[fields])[field] ??= []).Add(error);

        public void AddRange(int field, List<ValidationError> errors) => ((byField ??= new List<ValidationError>?[fields])[field] ??= []).AddRange(errors);

        public readonly bool Has(int field) => byField?[field] is { Count: > 0 };

        /// <summary>Drops a field's problems: a repeated property replaces the earlier value and its problems, and a list over its limit is refused as a whole.</summary>
        public readonly void Clear(int field)
        {
            if (byField is not null)
            {
                byField[field] = null;
            }
        }

        public bool SeenUnknown(string name)
        {
            unknownNames ??= [];
            if (unknownNames.Contains(name, StringComparer.Ordinal))
            {
                return true;
            }

            unknownNames.Add(name);
            return false;
        }

        /// <summary>Adds this object's problems, in order, to the enclosing object's slot for it.</summary>
        public readonly void MoveTo(int slot, ref ObjectErrors outer)
        {
            if (Collect() is { } problems)
            {
                outer.AddRange(slot, problems);
            }
        }

        public readonly List<ValidationError>? Collect()
        {
            if (structural is null && byField is null)
            {
                return null;
            }

            var all = new List<ValidationError>(structural ?? []);
            foreach (var field in byField ?? [])
            {
                if (field is not null)
                {
                    all.AddRange(field);
                }
            }

            return all.Count == 0 ? null : all;
        }
    }
}
