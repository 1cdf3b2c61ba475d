using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The household reader <see cref="HouseholdJson.Parse(ReadOnlyMemory{byte})"/> used before it read in one forward pass:
/// a document tree, then each field by name. Kept unchanged as the oracle the forward reader is held to.
/// </summary>
internal static class DocumentHouseholdReader
{
    public static Result<Household> Read(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, ReadRoot);

    private static Result<Household> ReadRoot(JsonElement root)
    {
        var reader = new StrictJsonReader();
        if (!reader.ExpectObject(root, string.Empty, "schema", "members", "assets", "dibaoHistory"))
        {
            return Result<Household>.Invalid(reader.Errors);
        }

        var schema = reader.String(root, string.Empty, "schema", required: true);
        reader.TextAmounts = schema != HouseholdJson.FirstSchema;
        if (schema is not null and not HouseholdJson.Schema and not HouseholdJson.FirstSchema)
        {
            reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{HouseholdJson.Schema}\" or \"{HouseholdJson.FirstSchema}\".");
        }

        var members = ImmutableArray.CreateBuilder<HouseholdMember>();
        foreach (var (item, path) in reader.Array(root, string.Empty, "members", required: true, Household.MaxMembers))
        {
            var member = ReadMember(reader, item, path);
            if (member is not null)
            {
                members.Add(member);
            }
        }

        var assets = HouseholdAssets.None;
        if (StrictJsonReader.TryGet(root, "assets", out var assetsElement))
        {
            assets = ReadAssets(reader, assetsElement) ?? assets;
        }

        DibaoHistory? history = null;
        if (StrictJsonReader.TryGet(root, "dibaoHistory", out var historyElement) && reader.ExpectObject(historyElement, "dibaoHistory", "recipientSince", "lastMonthlyBenefit", "workIncomeRoseOn"))
        {
            var since = reader.Date(historyElement, "dibaoHistory", "recipientSince", required: true);
            var last = reader.Money(historyElement, "dibaoHistory", "lastMonthlyBenefit", required: true);
            var rose = reader.Date(historyElement, "dibaoHistory", "workIncomeRoseOn", required: false);
            history = since is { } s && last is { } l ? new DibaoHistory { RecipientSince = s, LastMonthlyBenefit = l, WorkIncomeRoseOn = rose } : null;
        }

        // Structural problems are reported alone: validating a household with members dropped for
        // bad fields would add confusing follow-on errors (such as "no applicant").
        return reader.HasErrors ? Result<Household>.Invalid(reader.Errors) : Household.Create(members.ToImmutable(), assets, history);
    }

    private static HouseholdMember? ReadMember(StrictJsonReader reader, JsonElement item, string path)
    {
        if (!reader.ExpectObject(item, path, "relation", "birthDate", "livesIndependently", "fullTimeStudent", "livesWithHousehold", "absence", "absentSince", "disability", "seriouslyIll", "hasAbleSupporter", "enrolledInExtremePoverty", "schoolStage", "refusedJobReferrals", "incomes"))
        {
            return null;
        }

        var relation = reader.Name(item, path, "relation", required: true, EnumTokens<Relation>.ByToken);
        var birthDate = reader.Date(item, path, "birthDate", required: true);
        var independent = reader.Boolean(item, path, "livesIndependently", required: false) ?? false;
        var student = reader.Boolean(item, path, "fullTimeStudent", required: false) ?? false;
        var together = reader.Boolean(item, path, "livesWithHousehold", required: false) ?? true;
        var absence = reader.Name(item, path, "absence", required: false, EnumTokens<Absence>.ByToken) ?? Absence.None;
        var absentSince = reader.Date(item, path, "absentSince", required: false);
        var disability = ReadDisability(reader, item, path);
        var seriouslyIll = reader.Boolean(item, path, "seriouslyIll", required: false) ?? false;
        var ableSupporter = reader.Boolean(item, path, "hasAbleSupporter", required: false) ?? true;
        var enrolled = reader.Boolean(item, path, "enrolledInExtremePoverty", required: false) ?? false;
        var stage = reader.Name(item, path, "schoolStage", required: false, EnumTokens<SchoolStage>.ByToken) ?? SchoolStage.None;
        var refusals = reader.Integer(item, path, "refusedJobReferrals", required: false, 0, 1000) ?? 0;
        var incomes = ImmutableArray.CreateBuilder<Income>();
        foreach (var (incomeItem, incomePath) in reader.Array(item, path, "incomes", required: false, Household.MaxIncomesPerMember))
        {
            if (!reader.ExpectObject(incomeItem, incomePath, "kind", "amount", "period"))
            {
                continue;
            }

            var kind = reader.Name(incomeItem, incomePath, "kind", required: true, EnumTokens<IncomeKind>.ByToken);
            var amount = reader.Money(incomeItem, incomePath, "amount", required: true);
            var period = reader.Name(incomeItem, incomePath, "period", required: false, EnumTokens<IncomePeriod>.ByToken) ?? IncomePeriod.Window;
            if (kind is { } k && amount is { } a)
            {
                incomes.Add(new Income(k, a) { Period = period });
            }
        }

        if (relation is not { } r || birthDate is not { } born)
        {
            return null;
        }

        return new HouseholdMember
        {
            Relation = r,
            BirthDate = born,
            LivesIndependently = independent,
            FullTimeStudent = student,
            LivesWithHousehold = together,
            Absence = absence,
            AbsentSince = absentSince,
            Disability = disability,
            SeriouslyIll = seriouslyIll,
            HasAbleSupporter = ableSupporter,
            EnrolledInExtremePoverty = enrolled,
            SchoolStage = stage,
            RefusedJobReferrals = refusals,
            Incomes = incomes.ToImmutable(),
        };
    }

    private static Disability? ReadDisability(StrictJsonReader reader, JsonElement member, string memberPath)
    {
        if (!StrictJsonReader.TryGet(member, "disability", out var element))
        {
            return null;
        }

        var path = StrictJsonReader.Child(memberPath, "disability");
        if (!reader.ExpectObject(element, path, "kind", "grade"))
        {
            return null;
        }

        var kind = reader.Name(element, path, "kind", required: true, EnumTokens<DisabilityKind>.ByToken);
        var grade = reader.Integer(element, path, "grade", required: true, Disability.MostSevereGrade, Disability.LeastSevereGrade);
        return kind is { } k && grade is { } g ? new Disability(k, g) : null;
    }

    private static HouseholdAssets? ReadAssets(StrictJsonReader reader, JsonElement element)
    {
        if (!reader.ExpectObject(element, "assets", "financialAssets", "homesOwned", "businessEquity"))
        {
            return null;
        }

        return new HouseholdAssets
        {
            FinancialAssets = reader.Money(element, "assets", "financialAssets", required: false) ?? Money.Zero,
            HomesOwned = reader.Integer(element, "assets", "homesOwned", required: false, 0, 1000) ?? 0,
            BusinessEquity = reader.Money(element, "assets", "businessEquity", required: false) ?? Money.Zero,
        };
    }
}
