using System.Text.Json.Nodes;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>Households built in code and written as JSON, one for each rule of the household's checks and contract.</summary>
internal static class HouseholdCorpus
{
    private static readonly LocalDate Born = new(1978, 4, 12);

    /// <summary>A household that uses every field of the contract.</summary>
    public static readonly HouseholdMember[] Full =
    [
        new()
        {
            Relation = Relation.Applicant,
            BirthDate = Born,
            Incomes = [new(IncomeKind.Wages, Money.FromYuan(18_000m)), new(IncomeKind.Scholarship, Money.FromYuan(0.01m))],
            Disability = new(DisabilityKind.Physical, 2),
            SeriouslyIll = true,
            HasAbleSupporter = false,
            RefusedJobReferrals = 2,
        },
        new() { Relation = Relation.Spouse, BirthDate = new LocalDate(1980, 9, 30), Absence = Absence.ReligiousLife, AbsentSince = new LocalDate(2020, 1, 1) },
        new() { Relation = Relation.Child, BirthDate = new LocalDate(2008, 6, 1), FullTimeStudent = true, SchoolStage = SchoolStage.Vocational, LivesWithHousehold = false },
        new() { Relation = Relation.Parent, BirthDate = new LocalDate(1950, 1, 1), LivesIndependently = true, EnrolledInExtremePoverty = true },
    ];

    public static readonly HouseholdAssets Assets = new() { FinancialAssets = Money.FromYuan(8_000m), HomesOwned = 1, BusinessEquity = Money.FromYuan(500.5m) };

    public static readonly DibaoHistory History = new() { RecipientSince = new LocalDate(2024, 1, 1), LastMonthlyBenefit = Money.FromYuan(600m), WorkIncomeRoseOn = new LocalDate(2025, 7, 1) };

    public static IEnumerable<(string Name, HouseholdMember[] Members, HouseholdAssets? Assets, DibaoHistory? History)> Records()
    {
        var applicant = Full[0];
        var limit = Money.FromYuan(Household.MaxAmountYuan);
        var over = limit + Money.FromFen(1);
        yield return ("full", Full, Assets, History);
        yield return ("no members", [], null, null);
        yield return ($"{Household.MaxMembers} members", [applicant, .. Enumerable.Repeat(Full[2], Household.MaxMembers - 1)], null, null);
        yield return ($"{Household.MaxMembers + 1} members", [applicant, .. Enumerable.Repeat(Full[2], Household.MaxMembers)], null, null);
        yield return ("no applicant", [Full[1], Full[2]], null, null);
        yield return ("two applicants", [applicant, applicant], null, null);
        yield return ("a null member", [applicant, null!], null, null);
        yield return ("undefined names", [applicant with { Relation = (Relation)99, Absence = (Absence)99, SchoolStage = (SchoolStage)99, Disability = new((DisabilityKind)99, 1), Incomes = [new((IncomeKind)99, Money.Zero)] }], null, null);
        yield return ("applicant undefined, then another", [applicant with { Relation = 0 }, applicant], null, null);
        yield return ("refused referrals -1 and 1001", [applicant with { RefusedJobReferrals = -1 }, Full[1] with { RefusedJobReferrals = 1001 }], null, null);
        yield return ("refused referrals 0 and 1000", [applicant with { RefusedJobReferrals = 0 }, Full[1] with { RefusedJobReferrals = 1000 }], null, null);
        yield return ("birth dates out of range", [applicant with { BirthDate = new LocalDate(1879, 12, 31) }, Full[2] with { BirthDate = new LocalDate(2201, 1, 1) }], null, null);
        yield return ("birth dates at the limits", [applicant with { BirthDate = new LocalDate(1880, 1, 1) }, Full[2] with { BirthDate = new LocalDate(2200, 12, 31) }], null, null);
        yield return ("a Julian birth date", [applicant with { BirthDate = new LocalDate(1978, 4, 12, CalendarSystem.Julian) }], null, null);
        yield return ("absences", [
            applicant,
            Full[1] with { AbsentSince = null },
            Full[2] with { AbsentSince = new LocalDate(2020, 1, 1) },
            Full[3] with { Absence = Absence.ServingSentence, AbsentSince = null },
            Full[3] with { Absence = Absence.DeclaredMissing, AbsentSince = new LocalDate(1879, 12, 31) },
            Full[3] with { Absence = Absence.CompulsoryDrugRehabilitation, AbsentSince = new LocalDate(2201, 1, 1) },
            Full[3] with { Absence = Absence.ReligiousLife, AbsentSince = new LocalDate(2020, 1, 1, CalendarSystem.Julian) },
            Full[3] with { Absence = Absence.ReligiousLife, AbsentSince = new LocalDate(1880, 1, 1) },
        ], null, null);
        yield return ("disability grades 0, 1, 4 and 5", [applicant with { Disability = new(DisabilityKind.Visual, 0) }, Full[1] with { Disability = new(DisabilityKind.Visual, 1) }, Full[2] with { Disability = new(DisabilityKind.Visual, 4) }, Full[3] with { Disability = new(DisabilityKind.Visual, 5) }], null, null);
        yield return ($"{Household.MaxIncomesPerMember} incomes", [applicant with { Incomes = [.. Enumerable.Repeat(new Income(IncomeKind.Other, Money.FromYuan(1m)), Household.MaxIncomesPerMember)] }], null, null);
        yield return ($"{Household.MaxIncomesPerMember + 1} incomes", [applicant with { Incomes = [.. Enumerable.Repeat(new Income(IncomeKind.Other, Money.FromYuan(1m)), Household.MaxIncomesPerMember + 1)] }], null, null);
        yield return ("incomes: null, negative, at and over the limit", [applicant with { Incomes = [null!, new(IncomeKind.Wages, Money.FromFen(-1)), new(IncomeKind.Wages, limit), new(IncomeKind.Wages, over)] }], null, null);
        yield return ("default incomes", [applicant with { Incomes = default }], null, null);
        yield return ("assets negative", [applicant], new HouseholdAssets { FinancialAssets = Money.FromFen(-1), BusinessEquity = Money.FromFen(-1), HomesOwned = -1 }, null);
        yield return ("assets over the limit", [applicant], new HouseholdAssets { FinancialAssets = over, BusinessEquity = over, HomesOwned = 1001 }, null);
        yield return ("assets at the limit", [applicant], new HouseholdAssets { FinancialAssets = limit, BusinessEquity = limit, HomesOwned = 1000 }, null);
        yield return ("dibao history: benefit negative", [applicant], null, History with { LastMonthlyBenefit = Money.FromFen(-1) });
        yield return ("dibao history: benefit over the limit", [applicant], null, History with { LastMonthlyBenefit = over });
        yield return ("dibao history: benefit at the limit", [applicant], null, History with { LastMonthlyBenefit = limit });
        yield return ("dibao history: income rose the day before", [applicant], null, History with { WorkIncomeRoseOn = History.RecipientSince.PlusDays(-1) });
        yield return ("dibao history: income rose the same day", [applicant], null, History with { WorkIncomeRoseOn = History.RecipientSince });
        yield return ("dibao history: no rise", [applicant], null, History with { WorkIncomeRoseOn = null });
        yield return ("dibao history: Julian dates", [applicant], null, History with { RecipientSince = new LocalDate(2024, 1, 1, CalendarSystem.Julian), WorkIncomeRoseOn = new LocalDate(2023, 1, 1, CalendarSystem.Julian) });
        yield return ("dibao history: Julian rise", [applicant], null, History with { WorkIncomeRoseOn = new LocalDate(2023, 1, 1, CalendarSystem.Julian) });
        yield return ("dibao history: since out of range", [applicant], null, History with { RecipientSince = new LocalDate(1879, 12, 31), WorkIncomeRoseOn = null });
        yield return ("dibao history: since in 2201", [applicant], null, History with { RecipientSince = new LocalDate(2201, 1, 1), WorkIncomeRoseOn = null });
        yield return ("dibao history: since at the limits", [applicant], null, History with { RecipientSince = new LocalDate(1880, 1, 1), WorkIncomeRoseOn = new LocalDate(2200, 12, 31) });
    }

    public static IEnumerable<(string Name, string Json)> Documents()
    {
        var full = JsonNode.Parse(HouseholdJson.Write(Household.Create(Full, Assets, History).Value))!.AsObject();
        yield return ("full", full.ToJsonString());
        yield return ("another schema", With(full, n => n["schema"] = "domainkit/household@2"));
        yield return ("a schema of the wrong type", With(full, n => n["schema"] = 1));
        yield return ("no schema", With(full, n => n.Remove("schema")));
        yield return ("no members", With(full, n => n.Remove("members")));
        yield return ("members not a list", With(full, n => n["members"] = new JsonObject()));
        yield return ("an empty member list", With(full, n => n["members"] = new JsonArray()));
        yield return ("a member that is not an object", With(full, n => n["members"]!.AsArray().Add(3)));
        yield return ("a null member", With(full, n => n["members"]!.AsArray().Add(null)));
        yield return ("an unknown top-level property", With(full, n => n["membres"] = new JsonArray()));
        yield return ("no assets", With(full, n => n.Remove("assets")));
        yield return ("assets not an object", With(full, n => n["assets"] = "none"));
        yield return ("no dibao history", With(full, n => n.Remove("dibaoHistory")));
        yield return ("dibao history not an object", With(full, n => n["dibaoHistory"] = 5));
        yield return ($"{Household.MaxMembers + 1} members", With(full, n =>
        {
            var members = n["members"]!.AsArray();
            while (members.Count <= Household.MaxMembers)
            {
                members.Add(members[2]!.DeepClone());
            }
        }));
        yield return ($"{Household.MaxIncomesPerMember + 1} incomes", With(full, n =>
        {
            var incomes = Member(n)["incomes"]!.AsArray();
            while (incomes.Count <= Household.MaxIncomesPerMember)
            {
                incomes.Add(incomes[0]!.DeepClone());
            }
        }));

        foreach (var property in Member(full).Select(p => p.Key).ToList())
        {
            yield return ($"members[0] without {property}", With(full, n => Member(n).Remove(property)));
            yield return ($"members[0].{property} of the wrong type", With(full, n => Member(n)[property] = Member(n)[property] is JsonValue value && value.TryGetValue<string>(out _) ? 7 : "seven"));
            yield return ($"members[0].{property} null", With(full, n => Member(n)[property] = null));
        }

        yield return ("members[1] without absentSince", With(full, n => n["members"]![1]!.AsObject().Remove("absentSince")));
        yield return ("members[1].absentSince of the wrong type", With(full, n => n["members"]![1]!["absentSince"] = 2020));
        yield return ("members[1].absentSince in 1879", With(full, n => n["members"]![1]!["absentSince"] = "1879-12-31"));
        yield return ("members[1] absent since a date but not absent", With(full, n => n["members"]![1]!["absence"] = "none"));
        yield return ("members[0] with an unknown property", With(full, n => Member(n)["name"] = "x"));
        yield return ("members[0].relation unknown", With(full, n => Member(n)["relation"] = "cousin"));
        yield return ("members[0].relation in another case", With(full, n => Member(n)["relation"] = "Applicant"));
        yield return ("members[0].absence unknown", With(full, n => Member(n)["absence"] = "away"));
        yield return ("members[0].schoolStage unknown", With(full, n => Member(n)["schoolStage"] = "college"));
        yield return ("members[0].birthDate not a date", With(full, n => Member(n)["birthDate"] = "1978-02-30"));
        yield return ("members[0].birthDate with a time", With(full, n => Member(n)["birthDate"] = "1978-04-12T00:00:00"));
        yield return ("members[0].refusedJobReferrals 1001", With(full, n => Member(n)["refusedJobReferrals"] = 1001));
        yield return ("members[0].refusedJobReferrals 1.5", With(full, n => Member(n)["refusedJobReferrals"] = 1.5));
        yield return ("members[0].refusedJobReferrals -1", With(full, n => Member(n)["refusedJobReferrals"] = -1));
        foreach (var property in new[] { "kind", "grade" })
        {
            yield return ($"members[0].disability without {property}", With(full, n => Member(n)["disability"]!.AsObject().Remove(property)));
        }

        yield return ("members[0].disability with an unknown property", With(full, n => Member(n)["disability"]!["level"] = 1));
        yield return ("members[0].disability kind unknown", With(full, n => Member(n)["disability"]!["kind"] = "sight"));
        yield return ("members[0].disability grade 0", With(full, n => Member(n)["disability"]!["grade"] = 0));
        yield return ("members[0].disability grade 5", With(full, n => Member(n)["disability"]!["grade"] = 5));
        foreach (var property in new[] { "kind", "amount" })
        {
            yield return ($"members[0].incomes[0] without {property}", With(full, n => Member(n)["incomes"]![0]!.AsObject().Remove(property)));
        }

        yield return ("members[0].incomes[0] with an unknown property", With(full, n => Member(n)["incomes"]![0]!["currency"] = "CNY"));
        yield return ("members[0].incomes[0] not an object", With(full, n => Member(n)["incomes"]![0] = 5));
        yield return ("members[0].incomes[0].kind unknown", With(full, n => Member(n)["incomes"]![0]!["kind"] = "salary"));
        yield return ("members[0].incomes[0].amount with a fraction of a fen", With(full, n => Member(n)["incomes"]![0]!["amount"] = 0.001m));
        yield return ("members[0].incomes[0].amount negative", With(full, n => Member(n)["incomes"]![0]!["amount"] = -1));
        yield return ("members[0].incomes[0].amount as text", With(full, n => Member(n)["incomes"]![0]!["amount"] = "100"));
        yield return ("members[0].incomes[0].amount huge", With(full, n => Member(n)["incomes"]![0]!["amount"] = 1e30));
        foreach (var property in new[] { "financialAssets", "homesOwned", "businessEquity" })
        {
            yield return ($"assets without {property}", With(full, n => n["assets"]!.AsObject().Remove(property)));
            yield return ($"assets.{property} as text", With(full, n => n["assets"]![property] = "1"));
            yield return ($"assets.{property} negative", With(full, n => n["assets"]![property] = -1));
        }

        yield return ("assets with an unknown property", With(full, n => n["assets"]!["cars"] = 1));
        foreach (var property in new[] { "recipientSince", "lastMonthlyBenefit", "workIncomeRoseOn" })
        {
            yield return ($"dibaoHistory without {property}", With(full, n => n["dibaoHistory"]!.AsObject().Remove(property)));
            yield return ($"dibaoHistory.{property} of the wrong type", With(full, n => n["dibaoHistory"]![property] = true));
        }

        yield return ("dibaoHistory with an unknown property", With(full, n => n["dibaoHistory"]!["endedOn"] = "2025-01-01"));
        yield return ("dibaoHistory income rose before", With(full, n => n["dibaoHistory"]!["workIncomeRoseOn"] = "2023-12-31"));
        yield return ("a duplicate property", full.ToJsonString().Replace("\"schema\":", "\"members\":[],\"schema\":", StringComparison.Ordinal));
        yield return ("truncated", full.ToJsonString()[..40]);
        yield return ("not JSON", "household");
        yield return ("an array", "[]");
        yield return ("null", "null");
        yield return ("empty", string.Empty);
    }

    private static JsonObject Member(JsonObject document) => document["members"]![0]!.AsObject();

    private static string With(JsonObject document, Action<JsonObject> change)
    {
        var copy = document.DeepClone().AsObject();
        change(copy);
        return copy.ToJsonString();
    }
}
