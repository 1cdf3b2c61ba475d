using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// Reads and writes what a household brings to the one window as JSON (contract <c>domainkit/claims@1</c>, documented
/// in docs/json-contracts.md): the household, its medical bills, an expenditure-hardship claim and a temporary-assistance
/// request, so that every programme can be decided from JSON alone.
/// </summary>
/// <remarks>
/// Reading is strict as for the household: malformed JSON, unknown or duplicate properties, wrong types, unknown names,
/// bad dates and amounts that are not decimal strings of whole fen are each an error with its path
/// (<c>bills[1].totalCost</c>, <c>household.members[0].birthDate</c>); then the claims are validated against the
/// household as <see cref="HouseholdClaims.Create"/> does. Nothing refused is repeated in a message. This class is thread-safe.
/// </remarks>
public static class HouseholdClaimsJson
{
    /// <summary>The contract's name and version.</summary>
    public const string Schema = "domainkit/claims@1";

    private static readonly string[] RootFields = ["schema", "household", "bills", "expenditure", "temporary"];

    /// <summary>Reads claims from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The claims, or Invalid with every problem's path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<HouseholdClaims> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(StrictJsonReader.ToUtf8(json));
    }

    /// <summary>Reads claims from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The claims, or Invalid with every problem's path and code.</returns>
    public static Result<HouseholdClaims> Parse(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, root =>
    {
        var reader = new StrictJsonReader { TextAmounts = true };
        if (!reader.ExpectObject(root, string.Empty, RootFields))
        {
            return Result<HouseholdClaims>.Invalid(reader.Errors);
        }

        if (reader.String(root, string.Empty, "schema", true) is { } schema && schema != Schema)
        {
            reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
        }

        return Read(reader, root) is { } claims && !reader.HasErrors ? claims : Result<HouseholdClaims>.Invalid(reader.Errors);
    });

    /// <summary>Writes claims, the household as <see cref="HouseholdJson.Write"/> writes it.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public static string Write(HouseholdClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WritePropertyName("household");
            HouseholdJson.WriteTo(w, claims.Household);
            w.WriteStartArray("bills");
            foreach (var bill in claims.Bills)
            {
                w.WriteStartObject();
                w.WriteNumber("memberIndex", bill.MemberIndex);
                AmountText.Write(w, "totalCost", bill.TotalCost);
                AmountText.Write(w, "excludedCost", bill.ExcludedCost);
                AmountText.Write(w, "basicInsurancePaid", bill.BasicInsurancePaid);
                AmountText.Write(w, "criticalIllnessInsurancePaid", bill.CriticalIllnessInsurancePaid);
                AmountText.Write(w, "supplementaryPaid", bill.SupplementaryPaid);
                w.WriteBoolean("inpatient", bill.Inpatient);
                w.WriteBoolean("seriousIllness", bill.SeriousIllness);
                w.WriteBoolean("impoverishedByIllness", bill.ImpoverishedByIllness);
                WriteAmounts(w, "alreadyPaidThisYear", bill.AlreadyPaidThisYear);
                WriteAmounts(w, "deductibleMetThisYear", bill.DeductibleMetThisYear);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (claims.Expenditure is { } claim)
            {
                w.WriteStartObject("expenditure");
                AmountText.Write(w, "medicalSpending", claim.MedicalSpending);
                AmountText.Write(w, "educationSpending", claim.EducationSpending);
                AmountText.Write(w, "basicLivingSpending", claim.BasicLivingSpending);
                AmountText.Write(w, "rehabilitationSpending", claim.RehabilitationSpending);
                w.WriteBoolean("illnessOrDisasterSpending", claim.IllnessOrDisasterSpending);
                w.WriteBoolean("inDifficultyAfterEmergencyRelief", claim.InDifficultyAfterEmergencyRelief);
                if (claim.RecognisedOn is { } recognised)
                {
                    w.WriteString("recognisedOn", Dates.Format(recognised));
                }

                w.WriteEndObject();
            }

            if (claims.Temporary is { } request)
            {
                w.WriteStartObject("temporary");
                w.WriteString("type", EnumTokens<HardshipType>.ToToken(request.Type));
                AmountText.Write(w, "suddenCost", request.SuddenCost);
                w.WriteString("need", EnumTokens<TemporaryNeed>.ToToken(request.Need));
                w.WriteString("severity", EnumTokens<HardshipSeverity>.ToToken(request.Severity));
                w.WriteString("residence", EnumTokens<Residence>.ToToken(request.Residence));
                w.WriteBoolean("urgent", request.Urgent);
                w.WriteNumber("expectedMonths", request.ExpectedMonths);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads <c>{household, bills, expenditure, temporary}</c> from an object whose properties were checked, with the
    /// reader's form of amounts; the scenario files read their claims through it too.
    /// </summary>
    internal static HouseholdClaims? Read(StrictJsonReader reader, JsonElement root)
    {
        var household = HouseholdOf(reader, root);
        var bills = reader.Array(root, string.Empty, "bills", false, HouseholdClaims.MaxBills).Select(item => ReadBill(reader, item.Item, item.Path)).ToList();
        var expenditure = StrictJsonReader.TryGet(root, "expenditure", out var claim) ? ReadExpenditure(reader, claim, "expenditure") : null;
        var temporary = StrictJsonReader.TryGet(root, "temporary", out var request) ? ReadTemporary(reader, request, "temporary") : null;
        if (household is null || reader.HasErrors)
        {
            return null;
        }

        var claims = HouseholdClaims.Create(household, bills.OfType<MedicalBill>(), expenditure, temporary);
        if (!claims.IsSuccess)
        {
            // The rules name a claim and a request by themselves; here they sit under their fields of the document.
            reader.Errors.AddRange(claims.ValidationErrors.Select(e => Errors.WithPath(e, Renamed(e.Identifier, "claim", "expenditure") ?? Renamed(e.Identifier, "request", "temporary") ?? e.Identifier)));
            return null;
        }

        return claims.Value;
    }

    /// <summary>
    /// The household under <c>household</c>, read by its own contract's reader; its errors carry the prefix
    /// <c>household.</c>. The claims and the survey household read their household through it.
    /// </summary>
    internal static Household? HouseholdOf(StrictJsonReader reader, JsonElement root)
    {
        if (!StrictJsonReader.TryGet(root, "household", out var element))
        {
            reader.Fail("household", ErrorCodes.Required, "This field is required.");
            return null;
        }

        // The household's own bytes, read in place rather than copied out as text first.
        var household = HouseholdJsonReader.Read(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element));
        if (household.IsSuccess)
        {
            return household.Value;
        }

        reader.Errors.AddRange(household.ValidationErrors.Select(e => Errors.At(Errors.Join("household", e.Identifier), e.ErrorCode, e.ErrorMessage)));
        return null;
    }

    internal static MedicalBill? ReadBill(StrictJsonReader reader, JsonElement bill, string path)
    {
        if (!reader.ExpectObject(bill, path, "memberIndex", "totalCost", "excludedCost", "basicInsurancePaid", "criticalIllnessInsurancePaid", "supplementaryPaid", "inpatient", "seriousIllness", "impoverishedByIllness", "alreadyPaidThisYear", "deductibleMetThisYear"))
        {
            return null;
        }

        var member = reader.Integer(bill, path, "memberIndex", true, 0, Household.MaxMembers - 1);
        var total = reader.Money(bill, path, "totalCost", true);
        var excluded = reader.Money(bill, path, "excludedCost", false);
        var basic = reader.Money(bill, path, "basicInsurancePaid", false);
        var critical = reader.Money(bill, path, "criticalIllnessInsurancePaid", false);
        var supplementary = reader.Money(bill, path, "supplementaryPaid", false);
        var inpatient = reader.Boolean(bill, path, "inpatient", false);
        var serious = reader.Boolean(bill, path, "seriousIllness", false);
        var impoverished = reader.Boolean(bill, path, "impoverishedByIllness", false);
        var paid = AmountsByStage(reader, bill, path, "alreadyPaidThisYear");
        var met = AmountsByStage(reader, bill, path, "deductibleMetThisYear");
        return member is { } index && total is { } cost && paid is { } paidByStage && met is { } metByStage
            ? new MedicalBill
            {
                MemberIndex = index,
                TotalCost = cost,
                ExcludedCost = excluded ?? Money.Zero,
                BasicInsurancePaid = basic ?? Money.Zero,
                CriticalIllnessInsurancePaid = critical ?? Money.Zero,
                SupplementaryPaid = supplementary ?? Money.Zero,
                Inpatient = inpatient ?? false,
                SeriousIllness = serious ?? false,
                ImpoverishedByIllness = impoverished ?? false,
                AlreadyPaidThisYear = paidByStage,
                DeductibleMetThisYear = metByStage,
            }
            : null;
    }

    internal static ExpenditureClaim? ReadExpenditure(StrictJsonReader reader, JsonElement claim, string path)
    {
        if (!reader.ExpectObject(claim, path, "medicalSpending", "educationSpending", "basicLivingSpending", "rehabilitationSpending", "illnessOrDisasterSpending", "inDifficultyAfterEmergencyRelief", "recognisedOn"))
        {
            return null;
        }

        return new ExpenditureClaim
        {
            MedicalSpending = reader.Money(claim, path, "medicalSpending", false) ?? Money.Zero,
            EducationSpending = reader.Money(claim, path, "educationSpending", false) ?? Money.Zero,
            BasicLivingSpending = reader.Money(claim, path, "basicLivingSpending", false) ?? Money.Zero,
            RehabilitationSpending = reader.Money(claim, path, "rehabilitationSpending", false) ?? Money.Zero,
            IllnessOrDisasterSpending = reader.Boolean(claim, path, "illnessOrDisasterSpending", false) ?? false,
            InDifficultyAfterEmergencyRelief = reader.Boolean(claim, path, "inDifficultyAfterEmergencyRelief", false) ?? false,
            RecognisedOn = reader.Date(claim, path, "recognisedOn", false),
        };
    }

    internal static TemporaryAssistanceRequest? ReadTemporary(StrictJsonReader reader, JsonElement request, string path)
    {
        if (!reader.ExpectObject(request, path, "type", "suddenCost", "need", "severity", "residence", "urgent", "expectedMonths"))
        {
            return null;
        }

        var type = reader.Name(request, path, "type", true, EnumTokens<HardshipType>.ByToken);
        var suddenCost = reader.Money(request, path, "suddenCost", true);
        var need = reader.Name(request, path, "need", true, EnumTokens<TemporaryNeed>.ByToken);
        var severity = reader.Name(request, path, "severity", true, EnumTokens<HardshipSeverity>.ByToken);
        var residence = reader.Name(request, path, "residence", false, EnumTokens<Residence>.ByToken) ?? Residence.LocalRegistered;
        var urgent = reader.Boolean(request, path, "urgent", false) ?? false;
        var months = reader.Integer(request, path, "expectedMonths", false, 1, 120) ?? 1;
        return type is null || suddenCost is null || need is null || severity is null
            ? null
            : new TemporaryAssistanceRequest { Type = type.Value, SuddenCost = suddenCost.Value, Need = need.Value, Severity = severity.Value, Residence = residence, Urgent = urgent, ExpectedMonths = months };
    }

    private static string? Renamed(string path, string from, string to) =>
        path == from || path.StartsWith(from + ".", StringComparison.Ordinal) ? to + path[from.Length..] : null;

    /// <summary>An amount for each stage of the medical scheme; null, with the errors added, when one is not an amount.</summary>
    private static ImmutableArray<Money>? AmountsByStage(StrictJsonReader reader, JsonElement bill, string path, string field)
    {
        var amounts = ImmutableArray.CreateBuilder<Money>();
        var whole = true;
        foreach (var (item, itemPath) in reader.Array(bill, path, field, false, 16))
        {
            // Every item is read, so that each bad one is reported.
            if (reader.Amount(item, itemPath) is { } amount)
            {
                amounts.Add(amount);
            }
            else
            {
                whole = false;
            }
        }

        return whole ? amounts.ToImmutable() : null;
    }

    private static void WriteAmounts(Utf8JsonWriter w, string name, ImmutableArray<Money> amounts)
    {
        w.WriteStartArray(name);
        foreach (var amount in amounts)
        {
            AmountText.WriteValue(w, amount);
        }

        w.WriteEndArray();
    }
}
