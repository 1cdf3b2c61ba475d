using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// Runs a scenario's rule on its input, reading the input with the library's own strict readers, and names what
/// came out the way scenario files name it.
/// </summary>
internal static class ScenarioRules
{
    public static ScenarioActual Run(ScenarioRule rule, string inputJson, PolicySet policy, LocalDate date) => rule switch
    {
        ScenarioRule.Dibao => OnHousehold(inputJson, household => Dibao.Decide(household, policy, date).Map(d => new ScenarioActual(
            EnumTokens<DibaoOutcome>.ToToken(d.Outcome),
            Amounts(("monthlyBenefit", d.MonthlyBenefit), ("countedIncome", d.CountedIncome), ("perCapitaMonthlyIncome", d.PerCapitaMonthlyIncome)),
            Values(("countedMembers", Number(d.CountedMembers)), ("listedMembers", Number(d.ListedMembers))),
            d.Explanation,
            []))),
        ScenarioRule.ExtremePoverty => OnHousehold(inputJson, household => ExtremePoverty.Decide(household, policy, date).Map(d => new ScenarioActual(
            d.EligibleMembers.IsEmpty ? "ineligible" : "eligible",
            Amounts(),
            Values(("eligibleMembers", string.Join(",", d.EligibleMembers.Indexes))),
            d.Explanation,
            []))),
        ScenarioRule.Margin => OnHousehold(inputJson, household => Margin.Decide(household, policy, date).Map(d => new ScenarioActual(
            d.IsMargin ? "margin" : "notMargin",
            Amounts(("singleMemberDibaoMonthly", d.Assessment.SingleMemberDibaoMonthly)),
            Values(("exclusion", EnumTokens<MarginExclusion>.ToToken(d.Exclusion)), ("singleMemberDibao", string.Join(",", d.Assessment.SingleMemberDibao.Indexes))),
            d.Explanation,
            []))),
        ScenarioRule.Education => OnHousehold(inputJson, household => EducationAssistance.Decide(household, policy, date).Map(d => new ScenarioActual(
            d.Assessment.IsEligible ? "assisted" : "notAssisted",
            Amounts(("annualTotal", d.Assessment.AnnualTotal)),
            Values(("pupils", string.Join(",", d.Assessment.Pupils.Indexes))),
            d.Explanation,
            []))),
        // A household alone, or {household, bills, expenditure, temporary}: the one window with every claim.
        ScenarioRule.HouseholdAssessment => HasKey(inputJson, "household")
            ? OnObject(inputJson, (reader, root) => HouseholdClaimsJson.Read(reader, root) is { } claims ? HouseholdAssessment.Decide(claims, policy, date).Map(Entitlements) : null, "household", "bills", "expenditure", "temporary")
            : OnHousehold(inputJson, household => HouseholdAssessment.Decide(HouseholdClaims.Of(household), policy, date).Map(Entitlements)),
        ScenarioRule.PremiumSubsidy => OnObject(inputJson, (reader, root) => PremiumOf(reader, root, policy, date), "household", "memberIndex", "premium"),
        ScenarioRule.Fraud => OnObject(inputJson, (reader, root) => reader.Money(root, string.Empty, "amountObtained", true) is { } amount
            ? Fraud.Sanction(amount, policy, date).Map(s => new ScenarioActual(
                "sanctioned",
                Amounts(("recovery", s.Recovery), ("fineMinimum", s.FineMinimum), ("fineMaximum", s.FineMaximum)),
                Values(),
                s.Explanation,
                []))
            : null, "amountObtained"),
        ScenarioRule.TimeLimit => OnObject(inputJson, (reader, root) => TimeLimitOf(reader, root, policy), "limit", "start", "holidays"),
        ScenarioRule.ExcellentQuota => OnObject(inputJson, (reader, root) => QuotaOf(reader, root, policy, date), "grades"),
        ScenarioRule.Medical => OnObject(inputJson, (reader, root) => MedicalOf(reader, root, policy, date), "household", "bill"),
        ScenarioRule.Temporary => OnObject(inputJson, (reader, root) => TemporaryOf(reader, root, policy, date), "household", "request"),
        ScenarioRule.Expenditure => OnObject(inputJson, (reader, root) => ExpenditureOf(reader, root, policy, date), "household", "claim"),
        ScenarioRule.Case => OnObject(inputJson, (reader, root) => CaseScenario.Run(reader, root, policy, date), "channel", "householdSize", "holidays", "steps"),
        ScenarioRule.GradeConsequences => OnCadre(inputJson, policy, date, (cadre, terms, year, _) => Assessment.Consequences(cadre, year, terms).Map(c => new ScenarioActual(
            string.Join(",", c.Consequences.Select(EnumTokens<AssessmentConsequence>.ToToken)),
            Amounts(),
            Values(("yearsRunning", Number(c.YearsRunning))),
            c.Explanation,
            []))),
        ScenarioRule.PromotionBars => OnCadre(inputJson, policy, date, (cadre, terms, _, on) =>
        {
            var bars = Promotion.BarsOn(cadre, on, terms);
            return new ScenarioActual(
                bars.IsEmpty ? "free" : "barred",
                Amounts(),
                Values(("bars", string.Join(",", bars.Select(b => EnumTokens<PromotionBarKind>.ToToken(b.Kind)))), ("lastDay", bars.IsEmpty ? string.Empty : Dates.Format(bars.Max(b => b.Until).PlusDays(-1)))),
                null,
                []);
        }),
        ScenarioRule.StepDown => OnCadre(inputJson, policy, date, (cadre, terms, year, _) =>
        {
            var review = StepDown.Review(cadre, year, terms);
            return new ScenarioActual(
                review.StepsDown ? "stepsDown" : "stays",
                Amounts(),
                Values(
                    ("triggers", string.Join(",", review.Findings.Select(f => EnumTokens<StepDownTrigger>.ToToken(f.Trigger)))),
                    ("categories", string.Join(",", review.Findings.Select(f => EnumTokens<StepDownCategory>.ToToken(f.Category)).Distinct())),
                    ("methods", string.Join(",", review.Methods.Select(EnumTokens<AdjustmentMethod>.ToToken)))),
                review.Explanation,
                []);
        }),
        ScenarioRule.Incentive => OnCadre(inputJson, policy, date, (cadre, terms, year, on) => Incentive.Assess(cadre, year, on, terms).Map(a => new ScenarioActual(
            a.Recommendations.IsEmpty ? "none" : string.Join(",", a.Recommendations.Select(r => EnumTokens<IncentiveMeasure>.ToToken(r.Measure))),
            Amounts(),
            Values(("composite", a.Composite.ToString("0.####", CultureInfo.InvariantCulture)), ("quantitative", a.QuantitativeScore.ToString("0.####", CultureInfo.InvariantCulture))),
            a.Explanation,
            []))),
        ScenarioRule.Tolerance => OnObject(inputJson, (reader, root) => ToleranceOf(reader, root, policy, date), "id", "mistakeOn", "inPerformanceOfDuties", "distinctions", "boundaries", "factors", "exclusions"),
        _ => ScenarioActual.Invalid([Errors.Of("rule", ErrorCodes.UnknownName, "Unknown rule.")]),
    };

    private static ScenarioActual OnHousehold(string json, Func<Household, Result<ScenarioActual>> decide)
    {
        var household = HouseholdJson.Parse(json);
        if (!household.IsSuccess)
        {
            return ScenarioActual.Invalid(household.ValidationErrors);
        }

        var decided = decide(household.Value);
        return decided.IsSuccess ? decided.Value : ScenarioActual.Invalid(decided.ValidationErrors);
    }

    private static ScenarioActual OnObject(string json, Func<StrictJsonReader, JsonElement, Result<ScenarioActual>?> read, params string[] allowed)
    {
        var result = StrictJsonReader.Read<ScenarioActual>(Encoding.UTF8.GetBytes(json), root =>
        {
            var reader = new StrictJsonReader();
            if (!reader.ExpectObject(root, string.Empty, allowed))
            {
                return Result<ScenarioActual>.Invalid(reader.Errors);
            }

            var outcome = read(reader, root);
            return reader.HasErrors || outcome is null ? Result<ScenarioActual>.Invalid(reader.Errors) : outcome;
        });
        return result.IsSuccess ? result.Value : ScenarioActual.Invalid(result.ValidationErrors);
    }

    private static Result<ScenarioActual>? TimeLimitOf(StrictJsonReader reader, JsonElement root, PolicySet policy)
    {
        var limit = reader.Name(root, string.Empty, "limit", true, EnumTokens<TimeLimit>.ByToken);
        var start = reader.Date(root, string.Empty, "start", true);
        var holidays = Holidays(reader, root);

        if (limit is not { } l || start is not { } s || reader.HasErrors)
        {
            return null;
        }

        var calendar = holidays.Count == 0 ? Result<WorkingDayCalendar>.Success(WorkingDayCalendar.MondayToFriday) : WorkingDayCalendar.Create("scenario", holidays, []);
        return calendar.Bind(c => TimeLimits.Due(l, s, c, policy)).Map(deadline => new ScenarioActual(
            "due",
            Amounts(),
            Values(("due", Dates.Format(deadline.Due)), ("days", Number(deadline.Days.Value))),
            new Explanations.Explanation([deadline.Explain()]),
            []));
    }

    /// <summary>The input's optional <c>holidays</c>, for a calendar that knows them.</summary>
    internal static List<LocalDate> Holidays(StrictJsonReader reader, JsonElement root)
    {
        var holidays = new List<LocalDate>();
        foreach (var (item, path) in reader.Array(root, string.Empty, "holidays", false, WorkingDayCalendar.MaxDays))
        {
            if (item.ValueKind == JsonValueKind.String && Dates.TryParse(item.GetString()!, out var day))
            {
                holidays.Add(day);
            }
            else
            {
                reader.Fail(path, ErrorCodes.DateInvalid, "A holiday is a date written yyyy-MM-dd.");
            }
        }

        return holidays;
    }

    private static Result<ScenarioActual>? QuotaOf(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var grades = new List<AssessmentGrade>();
        foreach (var (item, path) in reader.Array(root, string.Empty, "grades", true, 1_000_000))
        {
            if (item.ValueKind == JsonValueKind.String && EnumTokens<AssessmentGrade>.ByToken.TryGetValue(item.GetString()!, out var grade))
            {
                grades.Add(grade);
            }
            else
            {
                reader.Fail(path, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<AssessmentGrade>.ByToken.Keys)}.");
            }
        }

        return reader.HasErrors
            ? null
            : CadreTerms.Resolve(policy, date).Bind(terms => ExcellentQuota.Check(grades, terms)).Map(check => new ScenarioActual(
                "withinQuota",
                Amounts(),
                Values(("quota", Number(check.Quota)), ("assessed", Number(check.Assessed)), ("proposedExcellent", Number(check.ProposedExcellent))),
                check.Explanation,
                []));
    }

    private static Result<ScenarioActual>? MedicalOf(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var household = HouseholdClaimsJson.HouseholdOf(reader, root);
        if (!StrictJsonReader.TryGet(root, "bill", out var bill))
        {
            reader.Fail("bill", ErrorCodes.Required, "This field is required.");
            return null;
        }

        var medicalBill = HouseholdClaimsJson.ReadBill(reader, bill, "bill");
        return household is null || medicalBill is null || reader.HasErrors
            ? null
            : MedicalAssistance.Decide(household, medicalBill, policy, date).Map(d => new ScenarioActual(
                EnumTokens<MedicalGroup>.ToToken(d.Group),
                Amounts(("amount", d.Amount), ("remainder", d.Remainder)),
                Values(("covered", d.Assessment.Covered ? "true" : "false"), ("seriousIllnessScheme", d.Assessment.SeriousIllnessScheme ? "true" : "false")),
                d.Explanation,
                []));
    }

    private static bool HasKey(string json, string key)
    {
        if (!StrictJsonReader.TryParse(Encoding.UTF8.GetBytes(json), out var document, out _))
        {
            return false;
        }

        using (document)
        {
            return document!.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(key, out _);
        }
    }

    private static ScenarioActual Entitlements(HouseholdEntitlements d) => new(
        string.Join(",", d.Qualifying.Select(EnumTokens<Programme>.ToToken)),
        Amounts(
            ("monthlyCash", d.Assessment.MonthlyCash),
            ("dibaoMonthly", d.Assessment.Dibao.MonthlyBenefit),
            ("singleMemberDibaoMonthly", d.Assessment.Margin.SingleMemberDibaoMonthly),
            ("medicalAssistance", d.Assessment.Amount(Programme.MedicalAssistance)),
            ("temporaryAssistance", d.Assessment.Amount(Programme.TemporaryAssistance)),
            ("educationAssistance", d.Assessment.Amount(Programme.EducationAssistance))),
        Values(("notSet", string.Join(",", d.NotSet.Keys.Select(EnumTokens<Programme>.ToToken).Order(StringComparer.Ordinal)))),
        new Explanations.Explanation([
            .. d.Dibao.Explanation.Steps,
            .. d.ExtremePoverty.Explanation.Steps,
            .. d.Margin.Explanation.Steps,
            .. d.Medical.SelectMany(m => m.Explanation.Steps),
            .. d.Expenditure?.Explanation.Steps ?? [],
            .. d.Temporary?.Explanation.Steps ?? [],
            .. d.Education?.Explanation.Steps ?? []]),
        []);

    private static Result<ScenarioActual>? PremiumOf(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var household = HouseholdClaimsJson.HouseholdOf(reader, root);
        var member = reader.Integer(root, string.Empty, "memberIndex", true, 0, Household.MaxMembers - 1);
        var premium = reader.Money(root, string.Empty, "premium", true);
        return household is null || member is null || premium is null || reader.HasErrors
            ? null
            : MedicalTerms.Resolve(policy, date).Bind(terms => MedicalAssistance.SubsidisePremium(household, member.Value, premium.Value, terms)).Map(s => new ScenarioActual(
                EnumTokens<MedicalGroup>.ToToken(s.Group),
                Amounts(("amount", s.Amount), ("personPays", s.PersonPays)),
                Values(("share", s.Share.ToString())),
                null,
                []));
    }

    private static Result<ScenarioActual>? TemporaryOf(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var household = HouseholdClaimsJson.HouseholdOf(reader, root);
        if (!StrictJsonReader.TryGet(root, "request", out var element))
        {
            reader.Fail("request", ErrorCodes.Required, "This field is required.");
            return null;
        }

        var request = HouseholdClaimsJson.ReadTemporary(reader, element, "request");
        return household is null || request is null || reader.HasErrors
            ? null
            : TemporaryAssistance.Decide(household, request, policy, date)
                .Map(d => new ScenarioActual(
                    d.Assessment.Granted ? "granted" : "refused",
                    Amounts(("amount", d.Amount)),
                    Values(
                        ("category", EnumTokens<TemporaryCategory>.ToToken(d.Assessment.Category)),
                        ("instalments", Number(d.Assessment.Instalments)),
                        ("payFirst", d.Assessment.PayFirst ? "true" : "false"),
                        ("route", EnumTokens<ApplicationRoute>.ToToken(d.Assessment.Route))),
                    d.Explanation,
                    []));
    }

    private static Result<ScenarioActual>? ExpenditureOf(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var household = HouseholdClaimsJson.HouseholdOf(reader, root);
        if (!StrictJsonReader.TryGet(root, "claim", out var element))
        {
            reader.Fail("claim", ErrorCodes.Required, "This field is required.");
            return null;
        }

        var expenditure = HouseholdClaimsJson.ReadExpenditure(reader, element, "claim");
        return household is null || expenditure is null || reader.HasErrors
            ? null
            : ExpenditureHardship.Decide(household, expenditure, policy, date).Map(d => new ScenarioActual(
                d.Assessment.IsEligible ? "eligible" : "notEligible",
                Amounts(),
                Values(
                    ("exclusion", EnumTokens<ExpenditureExclusion>.ToToken(d.Assessment.Exclusion)),
                    ("rule", EnumTokens<ExpenditureRule>.ToToken(d.Assessment.Rule)),
                    ("reviewDue", d.Assessment.ReviewDue is { } due ? Dates.Format(due) : string.Empty)),
                d.Explanation,
                []));
    }

    /// <summary>Runs a cadre rule on <c>{cadre, year, on}</c>: the cadre read by its own contract, <c>on</c> defaulting to the scenario's date.</summary>
    private static ScenarioActual OnCadre(string json, PolicySet policy, LocalDate date, Func<Cadre, CadreTerms, int, LocalDate, Result<ScenarioActual>> decide) =>
        OnObject(json, (reader, root) =>
        {
            var year = reader.Integer(root, string.Empty, "year", false, Cadre.EarliestYear, Cadre.LatestYear) ?? date.Year;
            var on = reader.Date(root, string.Empty, "on", false) ?? date;
            if (!StrictJsonReader.TryGet(root, "cadre", out var element))
            {
                reader.Fail("cadre", ErrorCodes.Required, "This field is required.");
                return null;
            }

            var cadre = CadreJson.Parse(element.GetRawText());
            if (!cadre.IsSuccess)
            {
                reader.Errors.AddRange(cadre.ValidationErrors.Select(e => Validation.Errors.At(Validation.Errors.Join("cadre", e.Identifier), e.ErrorCode, e.ErrorMessage)));
                return null;
            }

            return reader.HasErrors ? null : CadreTerms.Resolve(policy, on).Bind(terms => decide(cadre.Value, terms, year, on));
        }, "cadre", "year", "on");

    private static Result<ScenarioActual>? ToleranceOf(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var id = reader.String(root, string.Empty, "id", true);
        var on = reader.Date(root, string.Empty, "mistakeOn", true);
        var duties = reader.Boolean(root, string.Empty, "inPerformanceOfDuties", true);
        var exclusions = new List<ToleranceExclusion>();
        foreach (var (item, path) in reader.Array(root, string.Empty, "exclusions", false, 32))
        {
            if (item.ValueKind == JsonValueKind.String && EnumTokens<ToleranceExclusion>.ByToken.TryGetValue(item.GetString()!, out var exclusion))
            {
                exclusions.Add(exclusion);
            }
            else
            {
                reader.Fail(path, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<ToleranceExclusion>.ByToken.Keys)}.");
            }
        }

        var application = id is not null && on is { } day && duties is { } inDuties ? new ToleranceApplication
        {
            Id = id,
            MistakeOn = day,
            InPerformanceOfDuties = inDuties,
            Distinctions = Findings<ToleranceDistinction, bool>(reader, root, "distinctions", e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : null),
            Boundaries = Findings<ToleranceBoundary, bool>(reader, root, "boundaries", e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : null),
            Factors = Findings<ToleranceFactor, FactorWeight>(reader, root, "factors", e => e.ValueKind == JsonValueKind.String && EnumTokens<FactorWeight>.ByToken.TryGetValue(e.GetString()!, out var w) ? w : null),
            Exclusions = EnumSets.Of<ToleranceExclusion>([.. exclusions.Distinct()]),
        } : null;
        return application is null || reader.HasErrors
            ? null
            : CadreTerms.Resolve(policy, date).Bind(terms => Tolerance.Decide(application, terms)).Map(d => new ScenarioActual(
                EnumTokens<ToleranceOutcome>.ToToken(d.Outcome),
                Amounts(),
                Values(("unfavourableFactors", Number(d.UnfavourableFactors))),
                d.Explanation,
                []));
    }

    private static ImmutableDictionary<TKey, TValue> Findings<TKey, TValue>(StrictJsonReader reader, JsonElement root, string name, Func<JsonElement, TValue?> read)
        where TKey : struct, Enum
        where TValue : struct
    {
        var findings = ImmutableDictionary.CreateBuilder<TKey, TValue>();
        if (!StrictJsonReader.TryGet(root, name, out var element) || !reader.ExpectMap(element, name))
        {
            return findings.ToImmutable();
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = StrictJsonReader.Child(name, property.Name);
            if (!EnumTokens<TKey>.ByToken.TryGetValue(property.Name, out var key))
            {
                reader.Fail(path, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", EnumTokens<TKey>.ByToken.Keys)}.");
            }
            else if (read(property.Value) is { } value)
            {
                findings[key] = value;
            }
            else
            {
                reader.Fail(path, ErrorCodes.JsonWrongType, "The finding's value is not one the contract allows.");
            }
        }

        return findings.ToImmutable();
    }

    private static ImmutableDictionary<string, Money> Amounts(params (string Name, Money Amount)[] amounts) =>
        amounts.ToImmutableDictionary(a => a.Name, a => a.Amount, StringComparer.Ordinal);

    private static ImmutableDictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToImmutableDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
