using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using NodaTime;

namespace DomainKit.Tests.Serialization;

/// <summary>
/// The documents a service answers with (policy-list@1, policy-parameters@1, reform-report@2), written by the library
/// itself: each against its published schema with a standard validator, and its figures against the policy sets and the
/// hand-worked Zhifu reform of <see cref="ReformComparisonTest"/>.
/// </summary>
public sealed class ServiceDocumentsTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly string[] SourceTokens = ["seed", "primary", "secondary", "unconfirmed", "illustrative"];

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.ChineseSimplified)]
    public void PolicyList_NamesEveryBundledSetByHash_AndMarksTheDefault(Language language)
    {
        var sets = PolicySets.BundledIds.Select(id => PolicySets.Bundled(id).Value).ToList();
        var json = PolicyListJson.Write(sets, PolicySets.ZhifuPilotId, language);
        StandardValidatorTest.AssertValid(PolicyListJson.Schema, json);

        var document = JsonNode.Parse(json)!;
        Assert.Equal(PolicySets.ZhifuPilotId, document["default"]!.GetValue<string>());
        Assert.Equal(Languages.ToTag(language), document["language"]!.GetValue<string>());
        var listed = document["policies"]!.AsArray();
        Assert.Equal(sets.Select(s => s.Id), listed.Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal(sets.Select(s => s.ContentHash), listed.Select(p => p!["contentHash"]!.GetValue<string>()));
        Assert.Equal(sets.Select(s => s.NameIn(language)), listed.Select(p => p!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void PolicyList_InChinese_UsesTheChineseNames_AndWithoutADefaultOmitsIt()
    {
        var json = PolicyListJson.Write([PolicySets.ZhifuPilot], defaultId: null, Language.ChineseSimplified);
        var document = JsonNode.Parse(json)!;
        Assert.Null(document["default"]);
        Assert.Contains("芝罘", document["policies"]![0]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PolicyListJson.Write([PolicySets.ZhifuPilot, null!], null, Language.English));
    }

    [Fact]
    public void Parameters_OnADate_GiveTheValueInEffect_WithItsRuleAndSource()
    {
        var policy = PolicySets.ZhifuPilot;
        var json = PolicyParametersJson.Write(policy, Date, Language.English);
        StandardValidatorTest.AssertValid(PolicyParametersJson.Schema, json);

        var document = JsonNode.Parse(json)!;
        Assert.Equal(policy.ContentHash, document["policyContentHash"]!.GetValue<string>());
        Assert.Equal("2026-03-01", document["date"]!.GetValue<string>());
        var parameters = document["parameters"]!.AsArray();
        Assert.Equal(policy.Timelines.Select(t => t.Parameter.Id), parameters.Select(p => p!["id"]!.GetValue<string>()));
        var standard = parameters.Single(p => p!["id"]!.GetValue<string>() == "dibaoStandardMonthly")!;
        Assert.Equal("DB-01", standard["rule"]!.GetValue<string>());
        var value = Assert.Single(standard["values"]!.AsArray())!;
        Assert.Equal(policy.ValueAt(DibaoParameters.StandardMonthly, Date).Value.Value.Yuan, value["value"]!.GetValue<decimal>());
        Assert.True(value["inEffect"]!.GetValue<bool>());
        Assert.Contains(value["source"]!.GetValue<string>(), SourceTokens);
    }

    [Fact]
    public void Parameters_BeforeAnyValue_ListNoValue()
    {
        var json = PolicyParametersJson.Write(PolicySets.ZhifuPilot, new LocalDate(1900, 1, 1), Language.English);
        StandardValidatorTest.AssertValid(PolicyParametersJson.Schema, json);
        Assert.All(JsonNode.Parse(json)!["parameters"]!.AsArray(), p => Assert.Empty(p!["values"]!.AsArray()));
    }

    [Fact]
    public void History_ListsEveryDatedValue_MarkingOnlyTheOneInEffect()
    {
        var policy = PolicySets.ZhifuPilot;
        var timeline = policy.Timelines.Single(t => t.Parameter.Id == "dibaoStandardMonthly");
        var json = PolicyParametersJson.WriteHistory(policy, "dibaoStandardMonthly", Date, Language.ChineseSimplified).Value;
        StandardValidatorTest.AssertValid(PolicyParametersJson.Schema, json);
        var values = Assert.Single(JsonNode.Parse(json)!["parameters"]!.AsArray())!["values"]!.AsArray();
        Assert.Equal(timeline.EffectiveDates.Select(Dates.Format), values.Select(v => v!["from"]!.GetValue<string>()));
        var marked = Assert.Single(values, v => v!["inEffect"]!.GetValue<bool>())!;
        Assert.Equal(Dates.Format(timeline.EffectiveDates.Last(d => d <= Date)), marked["from"]!.GetValue<string>());
        // The Zhifu standard in force in March 2026 is 950 yuan a month (DB-01); its unit travels beside it.
        Assert.Equal("950.00", marked["display"]!.GetValue<string>());
        Assert.Equal(950.00m, marked["value"]!.GetValue<decimal>());

        var undated = JsonNode.Parse(PolicyParametersJson.WriteHistory(policy, "dibaoStandardMonthly", null, Language.English).Value)!;
        Assert.Null(undated["date"]);
        Assert.All(undated["parameters"]![0]!["values"]!.AsArray(), v => Assert.False(v!["inEffect"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("noSuchThing")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("DIBAOSTANDARDMONTHLY")]
    public void History_OfAnUnknownParameter_IsNotFound(string? id)
    {
        var result = PolicyParametersJson.WriteHistory(PolicySets.ZhifuPilot, id, Date, Language.English);
        Assert.Equal(Ardalis.Result.ResultStatus.NotFound, result.Status);
    }

    [Fact]
    public void ReformReport_CarriesTheHandWorkedZhifuReform_AsExactDecimalStrings()
    {
        // The four households of ReformComparisonTest: medical 3,000 + 10,000 → 4,000 + 30,000 + 800.
        var adult = new LocalDate(1980, 1, 1);
        var before = PolicySets.ZhifuPilot
            .With(MedicalParameters.SchemeSeriousIllness, MedicalAssistanceScheme.SingleStage(Deductible.None, Rate.Percent(60), Money.FromYuan(10_000m)), new LocalDate(2016, 1, 1))
            .With(MedicalParameters.SeriousIllnessGroups, EnumSets.Of(MedicalGroup.ExtremePoverty, MedicalGroup.Dibao), new LocalDate(2016, 1, 1));
        HouseholdClaims[] caseload =
        [
            Bill(TestHouseholds.Of(TestHouseholds.Person(Relation.Applicant, adult, TestHouseholds.Wages(10_000m))), 50_000m),
            Bill(TestHouseholds.Of(TestHouseholds.Person(Relation.Applicant, adult, TestHouseholds.Wages(12_000m))), 5_000m),
            Bill(TestHouseholds.Of(TestHouseholds.Person(Relation.Applicant, adult, TestHouseholds.Wages(90_000m))), 1_000m),
            HouseholdClaims.Of(TestHouseholds.Of(TestHouseholds.Person(Relation.Applicant, adult, TestHouseholds.Wages(6_000m)))),
        ];
        var report = ReformComparison.Compare(caseload, before, PolicySets.ZhifuPilot, Date).Value;
        var json = ReformReportJson.Write(report, before, PolicySets.ZhifuPilot);
        StandardValidatorTest.AssertValid(ReformReportJson.Schema, json);

        var document = JsonNode.Parse(json)!;
        Assert.Equal(before.ContentHash, document["baseline"]!["contentHash"]!.GetValue<string>());
        Assert.True(document["baseline"]!["modified"]!.GetValue<bool>());
        Assert.False(document["reform"]!["modified"]!.GetValue<bool>());
        Assert.Equal(4, document["households"]!.GetValue<long>());
        Assert.Equal(3, document["winners"]!.GetValue<long>());
        Assert.Equal("21800.00", document["totalGain"]!.GetValue<string>());
        Assert.Equal("0.00", document["totalLoss"]!.GetValue<string>());
        var medical = document["programmes"]!.AsArray().Single(p => p!["programme"]!.GetValue<string>() == "medicalAssistance")!;
        Assert.Equal("13000.00", medical["amountBefore"]!.GetValue<string>());
        Assert.Equal("34800.00", medical["amountAfter"]!.GetValue<string>());
        Assert.Equal("21800.00", medical["change"]!.GetValue<string>());
        Assert.Equal("once", medical["amountBasis"]!.GetValue<string>());
        var fund = document["funds"]!.AsArray().Single(f => f!["fund"]!.GetValue<string>() == "medicalAssistance")!;
        Assert.Equal("3000000.00", fund["budget"]!.GetValue<string>());
        Assert.Equal("2965200.00", fund["headroomAfter"]!.GetValue<string>());
        Assert.False(fund["overBudget"]!.GetValue<bool>());
    }

    [Fact]
    public void ReformReport_WrittenUnderOtherPolicySets_IsRefused()
    {
        var report = ReformComparison.Compare([], PolicySets.ZhifuPilot, PolicySets.ZhifuPilot, Date).Value;
        Assert.Throws<ArgumentException>(() => ReformReportJson.Write(report, PolicySets.NationalBaseline, PolicySets.ZhifuPilot));
        Assert.Throws<ArgumentException>(() => ReformReportJson.Write(report, PolicySets.ZhifuPilot, PolicySets.ZhifuPilot.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), Date)));
        var json = ReformReportJson.Write(report, PolicySets.ZhifuPilot, PolicySets.ZhifuPilot);
        StandardValidatorTest.AssertValid(ReformReportJson.Schema, json);
    }

    [Theory]
    [InlineData(Programme.Dibao, "perMonth")]
    [InlineData(Programme.SingleMemberDibao, "perMonth")]
    [InlineData(Programme.EducationAssistance, "perYear")]
    [InlineData(Programme.MedicalAssistance, "once")]
    [InlineData(Programme.TemporaryAssistance, "once")]
    [InlineData(Programme.ExtremePoverty, "none")]
    [InlineData(Programme.ExpenditureHardship, "none")]
    public void AmountBasis_SaysHowEachProgrammesAmountIsCounted(Programme programme, string basis) =>
        Assert.Equal(basis, ReformReportJson.AmountBasis(programme));

    private static HouseholdClaims Bill(Household household, decimal cost) =>
        HouseholdClaims.Create(household, [new MedicalBill { MemberIndex = 0, TotalCost = Money.FromYuan(cost), Inpatient = true, SeriousIllness = true }]).Value;
}
