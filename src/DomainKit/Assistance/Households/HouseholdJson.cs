using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>Reads and writes households as JSON (contract <c>domainkit/household@1</c>, documented in docs/json-contracts.md).</summary>
/// <remarks>
/// Reading is strict and never throws for bad input: malformed JSON, unknown or duplicate properties,
/// wrong types, unknown names, bad dates and inexact amounts each become a <see cref="ValidationError"/>
/// with its path, then the household is validated as <see cref="Household.Create"/> does.
/// This class is thread-safe.
/// </remarks>
public static class HouseholdJson
{
    /// <summary>The schema identifier every household document carries.</summary>
    public const string Schema = "domainkit/household@1";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a household from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The household, or Invalid with every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<Household> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a household from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The household, or Invalid with every problem found.</returns>
    public static Result<Household> Parse(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, Read);

    /// <summary>Writes a household as JSON that <see cref="Parse(string)"/> reads back to an equivalent household.</summary>
    /// <param name="household">The household.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public static string Write(Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteStartArray("members");
            foreach (var member in household.Members)
            {
                writer.WriteStartObject();
                writer.WriteString("relation", EnumTokens<Relation>.ToToken(member.Relation));
                writer.WriteString("birthDate", Dates.Format(member.BirthDate));
                writer.WriteBoolean("livesIndependently", member.LivesIndependently);
                writer.WriteBoolean("fullTimeStudent", member.FullTimeStudent);
                writer.WriteBoolean("livesWithHousehold", member.LivesWithHousehold);
                writer.WriteString("absence", EnumTokens<Absence>.ToToken(member.Absence));
                if (member.Disability is { } disability)
                {
                    writer.WriteStartObject("disability");
                    writer.WriteString("kind", EnumTokens<DisabilityKind>.ToToken(disability.Kind));
                    writer.WriteNumber("grade", disability.Grade);
                    writer.WriteEndObject();
                }

                writer.WriteBoolean("seriouslyIll", member.SeriouslyIll);
                writer.WriteBoolean("hasAbleSupporter", member.HasAbleSupporter);
                writer.WriteBoolean("enrolledInExtremePoverty", member.EnrolledInExtremePoverty);
                writer.WriteString("schoolStage", EnumTokens<SchoolStage>.ToToken(member.SchoolStage));
                writer.WriteNumber("refusedJobReferrals", member.RefusedJobReferrals);
                if (member.AbsentSince is { } since)
                {
                    writer.WriteString("absentSince", Dates.Format(since));
                }

                writer.WriteStartArray("incomes");
                foreach (var income in member.Incomes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", EnumTokens<IncomeKind>.ToToken(income.Kind));
                    writer.WriteNumber("amount", income.Amount.Yuan);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("assets");
            writer.WriteNumber("financialAssets", household.Assets.FinancialAssets.Yuan);
            writer.WriteNumber("homesOwned", household.Assets.HomesOwned);
            writer.WriteNumber("businessEquity", household.Assets.BusinessEquity.Yuan);
            writer.WriteEndObject();
            if (household.DibaoHistory is { } history)
            {
                writer.WriteStartObject("dibaoHistory");
                writer.WriteString("recipientSince", Dates.Format(history.RecipientSince));
                writer.WriteNumber("lastMonthlyBenefit", history.LastMonthlyBenefit.Yuan);
                if (history.WorkIncomeRoseOn is { } rose)
                {
                    writer.WriteString("workIncomeRoseOn", Dates.Format(rose));
                }

                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static Result<Household> Read(JsonElement root)
    {
        var reader = new StrictJsonReader();
        if (!reader.ExpectObject(root, string.Empty, "schema", "members", "assets", "dibaoHistory"))
        {
            return Result<Household>.Invalid(reader.Errors);
        }

        var schema = reader.String(root, string.Empty, "schema", required: true);
        if (schema is not null && schema != Schema)
        {
            reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
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
            if (!reader.ExpectObject(incomeItem, incomePath, "kind", "amount"))
            {
                continue;
            }

            var kind = reader.Name(incomeItem, incomePath, "kind", required: true, EnumTokens<IncomeKind>.ByToken);
            var amount = reader.Money(incomeItem, incomePath, "amount", required: true);
            if (kind is { } k && amount is { } a)
            {
                incomes.Add(new Income(k, a));
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
