using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The <c>domainkit/reform-report@2</c> document read back: every figure a report holds survives writing and reading,
/// the documents of the parts of a caseload merge into exactly the document of the whole, and a document that is not
/// one (malformed, of the first version, out of order, self-contradicting, too large) is refused with its path.
/// </summary>
public class ReformReportDocumentTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);

    private static PolicySet Raised => PolicySets.ZhifuPilot.With(DibaoParameters.StandardMonthly, Money.FromYuan(1_000m), Date);

    private static ReformComparisonOptions TakeUp => ReformComparisonOptions.Default.WithTakeUp(Programme.Dibao, Rate.Percent(80));

    /// <summary>Two households of PopulationMeasuresTest's caseload: ¥500 a month weighted 2.5 in Zhifu, and ¥7,500 weighted 10 in no division.</summary>
    private static SurveyHousehold[] Caseload =>
    [
        SurveyHousehold.Create(HouseholdClaims.Of(Of(HouseholdAssets.None, Person(Relation.Applicant, Adult, Wages(6_000m)))), 2.5m, RegionCode.Parse("370602").Value).Value,
        SurveyHousehold.Create(HouseholdClaims.Of(Of(HouseholdAssets.None, Person(Relation.Applicant, Adult, Wages(90_000m)))), 10m, null).Value,
    ];

    private static string Document => ReformReportJson.Write(ReformComparison.Compare(Caseload, PolicySets.ZhifuPilot, Raised, Date, TakeUp).Value, PolicySets.ZhifuPilot, Raised);

    /// <summary>Any report written and read back is the same report, and writing it again gives the same bytes.</summary>
    [Property(MaxTest = 60, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest), typeof(PopulationMeasuresTest)])]
    public bool WrittenAndRead_IsTheSameReport(SurveyHousehold[] population, PolicySet reform, LocalDate date, byte takeUpPercent)
    {
        var options = ReformComparisonOptions.Default.WithTakeUp(Programme.MedicalAssistance, Rate.Percent(takeUpPercent % 101));
        var report = ReformComparison.Compare(population, PolicySets.ZhifuPilot, reform, date, options);
        if (!report.IsSuccess)
        {
            return true;
        }

        var json = ReformReportJson.Write(report.Value, PolicySets.ZhifuPilot, reform);
        var read = ReformReportJson.Parse(json);
        return read.IsSuccess
            && read.Value.Report == report.Value
            && read.Value.Report.Deciles.SequenceEqual(report.Value.Deciles)
            && read.Value.Baseline.ContentHash == PolicySets.ZhifuPilot.ContentHash
            && read.Value.Reform.ContentHash == reform.ContentHash
            && ReformReportJson.Write(read.Value) == json;
    }

    /// <summary>The documents of any split of a caseload, read back and merged, are the document of the whole, byte for byte.</summary>
    [Property(MaxTest = 60, Arbitrary = [typeof(DomainArbitraries), typeof(HouseholdAssessmentTest), typeof(PopulationMeasuresTest)])]
    public bool MergedDocuments_AreTheDocumentOfTheWhole(SurveyHousehold[] population, PolicySet reform, LocalDate date, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var cuts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(0, population.Length + 1)).Append(0).Append(population.Length).Distinct().Order().ToArray();
        var parts = cuts.Length == 1 ? [population] : cuts.Zip(cuts.Skip(1), (from, to) => population[from..to]).ToList();
        var whole = ReformComparison.Compare(population, PolicySets.ZhifuPilot, reform, date, TakeUp);
        if (!whole.IsSuccess)
        {
            return true;
        }

        var documents = parts.Select(part => ReformReportJson.Write(ReformComparison.Compare(part, PolicySets.ZhifuPilot, reform, date, TakeUp).Value, PolicySets.ZhifuPilot, reform));
        var merged = ComparedReport.Combine(documents.Select(document => ReformReportJson.Parse(document).Value));
        return merged.IsSuccess && ReformReportJson.Write(merged.Value) == ReformReportJson.Write(whole.Value, PolicySets.ZhifuPilot, reform);
    }

    /// <summary>
    /// The hand-worked figures as the document carries them: A (¥500 a month, weight 2.5) gains (1,000 − 950) × 12 = ¥600 a
    /// year, C (¥7,500, weight 10) nothing, so the population gains 2.5 × 600 = ¥1,500 a year over 12.5 households; dibao's
    /// weighted monthly amount is 2.5 × 450 = 1,125 before and 2.5 × 500 = 1,250 after, taken up at 80 %: 900 and 1,000.
    /// </summary>
    [Fact]
    public void Document_CarriesTheWeightedFiguresAndTheirEstimates()
    {
        var document = JsonNode.Parse(Document)!;
        Assert.Equal(ReformReportJson.Schema, document["schema"]!.GetValue<string>());
        var population = document["population"]!;
        Assert.Equal(2, population["sampleHouseholds"]!.GetValue<long>());
        Assert.Equal(12.5m, population["households"]!.GetValue<decimal>());
        Assert.Equal(1_500m, population["totalChange"]!.GetValue<decimal>());
        Assert.Equal(120m, population["averageChange"]!.GetValue<decimal>());
        Assert.Equal(0.2m, population["winnerShare"]!.GetValue<decimal>());
        var dibao = document["programmes"]!.AsArray().Single(p => p!["programme"]!.GetValue<string>() == "dibao")!;
        Assert.Equal(0.8m, dibao["takeUp"]!.GetValue<decimal>());
        Assert.Equal(1_125m, dibao["weightedAmountBefore"]!.GetValue<decimal>());
        Assert.Equal(1_250m, dibao["weightedAmountAfter"]!.GetValue<decimal>());
        Assert.Equal(900m, dibao["estimatedAmountBefore"]!.GetValue<decimal>());
        Assert.Equal(1_000m, dibao["estimatedAmountAfter"]!.GetValue<decimal>());
        Assert.Equal("370602", document["regions"]![0]!["region"]!.GetValue<string>());
        Assert.Equal(2.5m, document["regions"]![0]!["change"]!["households"]!.GetValue<decimal>());
        Assert.Equal(["500.00", "7500.00"], document["incomeGroups"]!.AsArray().Select(g => g!["perCapitaMonthlyIncome"]!.GetValue<string>()));
        Assert.Equal(10, document["deciles"]!.AsArray().Count);
        Assert.Equal("950.00", document["poverty"]!["lineMonthly"]!.GetValue<string>());
        Assert.Equal(2.5m, document["poverty"]!["beforeAssistance"]!["households"]!.GetValue<decimal>());
        // A's gap of 950 − 500 = 450 a month is closed in full by either policy's dibao: the share closed is 1.
        Assert.Equal(1m, document["poverty"]!["gapClosedUnderReform"]!.GetValue<decimal>());
    }

    /// <summary>Derived figures are written for readers and not read: a document whose averages were edited reads as the sums say.</summary>
    [Fact]
    public void DerivedFigures_AreNotRead()
    {
        var document = JsonNode.Parse(Document)!;
        document["population"]!["averageChange"] = 999_999m;
        document["unchanged"] = 0;
        document["deciles"] = new JsonArray();
        var read = ReformReportJson.Parse(document.ToJsonString());
        Assert.True(read.IsSuccess);
        Assert.Equal(120m, read.Value.Report.Population.AverageChange);
        Assert.Equal(1, read.Value.Report.Unchanged);
        Assert.Equal(ReformReportJson.Parse(Document).Value.Report, read.Value.Report);
    }

    public static TheoryData<string, string, string> Forgeries => new()
    {
        { "$.schema", "\"domainkit/reform-report@1\"", ErrorCodes.UnsupportedSchema },
        { "$.schema", "\"domainkit/household@2\"", ErrorCodes.UnsupportedSchema },
        { "$.households", "-1", ErrorCodes.OutOfRange },
        { "$.households", "1.5", ErrorCodes.NotWholeNumber },
        { "$.winners", "3", ErrorCodes.ComparisonInconsistent },
        { "$.totalGain", "\"-1.00\"", ErrorCodes.OutOfRange },
        { "$.totalGain", "\"1.005\"", ErrorCodes.MoneyNotExact },
        { "$.programmes[0].takeUp", "1.5", ErrorCodes.OutOfRange },
        { "$.programmes[0].weightedEligibleBefore", "-0.5", ErrorCodes.OutOfRange },
        { "$.programmes[0].programme", "\"margin\"", ErrorCodes.ComparisonInconsistent },
        { "$.funds[0].year", "2025", ErrorCodes.ComparisonInconsistent },
        { "$.funds[1].fund", "\"medicalAssistance\"", ErrorCodes.ComparisonInconsistent },
        { "$.population.losers", "12.5", ErrorCodes.ComparisonInconsistent },
        { "$.population.sampleHouseholds", "3", ErrorCodes.ComparisonInconsistent },
        { "$.incomeGroups[1].perCapitaMonthlyIncome", "\"500.00\"", ErrorCodes.ComparisonGroupsUnsorted },
        { "$.incomeGroups[1].perCapitaMonthlyIncome", "\"123456.00\"", ErrorCodes.ComparisonGroupsUnsorted },
        { "$.incomeGroups[0].perCapitaMonthlyIncome", "\"499.50\"", ErrorCodes.ComparisonGroupsUnsorted },
        { "$.regions[0].region", "\"37060\"", ErrorCodes.OutOfRange },
        { "$.poverty.beforeAssistance.gapMonthly", "\"450\"", ErrorCodes.JsonWrongType },
        { "$.baseline.id", "\"zhifu\\npilot\"", ErrorCodes.ControlCharacter },
        { "$.population.extra", "1", ErrorCodes.JsonUnknownProperty },
    };

    /// <summary>A forged or damaged figure is refused at its path with its code, and the value refused is never repeated.</summary>
    [Theory]
    [MemberData(nameof(Forgeries))]
    public void ForgedFigure_IsRefusedAtItsPath(string path, string value, string code)
    {
        var document = JsonNode.Parse(Document)!;
        var segments = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = document;
        foreach (var segment in segments[..^1])
        {
            parent = segment.StartsWith('[') ? parent[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[segment]!;
        }

        parent[segments[^1]] = JsonNode.Parse(value);
        var read = ReformReportJson.Parse(document.ToJsonString());
        Assert.False(read.IsSuccess);
        Assert.Contains(read.ValidationErrors, e => e.ErrorCode == code);
        Assert.All(read.ValidationErrors, e => Assert.DoesNotContain("123456", e.ErrorMessage, StringComparison.Ordinal));
    }

    /// <summary>Regions given twice, and more income groups than any distribution has, are refused before they are read.</summary>
    [Fact]
    public void RepeatedRegionAndTooManyGroups_AreRefused()
    {
        var document = JsonNode.Parse(Document)!;
        var regions = document["regions"]!.AsArray();
        regions.Add(regions[0]!.DeepClone());
        Assert.Contains(ReformReportJson.Parse(document.ToJsonString()).ValidationErrors, e => e.ErrorCode == ErrorCodes.ComparisonGroupsUnsorted && e.Identifier == "regions[1].region");

        var groups = new System.Text.StringBuilder("[");
        for (var i = 0; i <= ReformReportJson.MaxIncomeGroups; i++)
        {
            groups.Append(i == 0 ? "0" : ",0");
        }

        document = JsonNode.Parse(Document)!;
        var text = document.ToJsonString().Replace("\"incomeGroups\":[", "\"incomeGroups\":" + groups + "],\"ignored\":[", StringComparison.Ordinal);
        var tooMany = ReformReportJson.Parse(text);
        Assert.False(tooMany.IsSuccess);
        Assert.Contains(tooMany.ValidationErrors, e => e.Identifier == "incomeGroups");
    }

    /// <summary>Malformed input, and input that is not an object, is Invalid, never an exception.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"schema\":\"domainkit/reform-report@2\"}")]
    public void Malformed_IsInvalid(string json)
    {
        var read = ReformReportJson.Parse(json);
        Assert.False(read.IsSuccess);
        Assert.NotEmpty(read.ValidationErrors);
    }

    /// <summary>Parts computed under other policy sets (the same IDs, another content) are refused, naming the part.</summary>
    [Fact]
    public void PartsUnderOtherPolicySets_AreRefused()
    {
        var first = ReformReportJson.Parse(Document).Value;
        var other = first with { Reform = first.Reform with { ContentHash = "sha256:" + new string('0', 64) } };
        var merged = ComparedReport.Combine([first, other]);
        Assert.Equal(ErrorCodes.ComparisonPartsDiffer, Assert.Single(merged.ValidationErrors).ErrorCode);
        Assert.Equal("parts[1].reform", merged.ValidationErrors.Single().Identifier);
        Assert.Equal(ErrorCodes.Required, Assert.Single(ComparedReport.Combine([]).ValidationErrors).ErrorCode);
        Assert.Equal(2 * first.Report.Households, ComparedReport.Combine([first, first]).Value.Report.Households);
    }

    /// <summary>A report cannot be written under policy sets other than the ones it names.</summary>
    [Fact]
    public void WritingUnderOtherPolicySets_Throws()
    {
        var compared = ReformReportJson.Parse(Document).Value;
        Assert.Throws<ArgumentException>(() => ReformReportJson.Write(compared with { Reform = compared.Reform with { Modified = false } }));
        Assert.Throws<ArgumentNullException>(() => ReformReportJson.Write(null!));
    }
}
