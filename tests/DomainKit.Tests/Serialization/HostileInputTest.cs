using System.Globalization;
using System.Text;
using DomainKit.Assistance;
using DomainKit.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Serialization;

/// <summary>
/// Garbage and near-valid JSON never throws out of the public API: every reader returns a value,
/// and whatever a reader accepts can be decided without an exception.
/// </summary>
public class HostileInputTest
{
    private static readonly string[] Keys =
    [
        "schema", "members", "assets", "relation", "birthDate", "incomes", "kind", "amount", "absence", "absentSince",
        "fullTimeStudent", "livesIndependently", "livesWithHousehold", "financialAssets", "homesOwned", "businessEquity",
        "id", "name", "version", "description", "parameters", "dibaoStandardMonthly", "assessmentWindowMonths", "values",
        "from", "value", "source", "citation", "rule", "unit", "x", "",
        "disability", "grade", "seriouslyIll", "hasAbleSupporter", "enrolledInExtremePoverty", "schoolStage", "refusedJobReferrals",
        "dibaoHistory", "recipientSince", "lastMonthlyBenefit", "workIncomeRoseOn", "medicalSchemeDibao", "stages", "bands",
        "upTo", "ratio", "deductible", "annualCap", "share", "rows", "category", "need", "moderate", "serious", "primary",
    ];

    private static readonly string[] Strings =
    [
        "domainkit/household@1", "domainkit/policy-set@1", "applicant", "spouse", "child", "wages", "scholarship",
        "servingSentence", "religiousLife", "2026-03-01", "1900-02-29", "2000-02-29", "9999-12-31", "0000-01-01",
        "primary", "illustrative", "yuan/month", "DB-01", "test-city", "", "\u0000", "☃", new string('z', 5000),
        "physical", "visual", "none", "fixed", "shareOfDisposableIncome", "dibao", "margin", "otherResident", "basicLiving",
        "zhifuConsumption", "nationalRigidSpending", "juniorSecondary", "homeTaught",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1.005", "12.34", "1e308", "-1e308", "1e-400", "79228162514264337593543950336", "9223372036854775807",
        "92233720368547758.07", "-0", "100000000000", "3", "0.5",
    ];

    private static Gen<string> JsonValue(int depth) => depth <= 0
        ? Gen.OneOf(
            Gen.Elements(Numbers),
            Gen.Elements(Strings).Select(Quote),
            Gen.Elements("true", "false", "null"))
        : Gen.Frequency(
            (3, JsonValue(0)),
            (2, Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(JsonValue(depth - 1), n)).Select(items => "[" + string.Join(",", items) + "]")),
            (3, Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(
                    from key in Gen.Elements(Keys)
                    from value in JsonValue(depth - 1)
                    select Quote(key) + ":" + value,
                    n))
                .Select(pairs => "{" + string.Join(",", pairs) + "}")));

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static Arbitrary<string> JsonTrees() => Arb.From(Gen.Sized(size => JsonValue(Math.Min(6, 1 + (size / 10)))));

    private static bool NeverThrows(string text)
    {
        var household = HouseholdJson.Parse(text);
        if (household.IsSuccess)
        {
            // Anything accepted must decide without an exception, on any covered date.
            _ = Dibao.Decide(household.Value, PolicySets.ZhifuPilot, new LocalDate(2026, 3, 1));
            _ = HouseholdJson.Write(household.Value);
        }

        var policy = PolicySetJson.Parse(text);
        if (policy.IsSuccess)
        {
            _ = PolicySetJson.Write(policy.Value);
        }

        return household.IsSuccess || household.ValidationErrors.Any();
    }

    [Property(MaxTest = 2000)]
    public bool ArbitraryText_NeverThrows(string? text) => NeverThrows(text ?? string.Empty);

    [Property(MaxTest = 2000, Arbitrary = [typeof(HostileInputTest)])]
    public bool ArbitraryJsonTrees_NeverThrow(string json) => NeverThrows(json);

    public static TheoryData<string> Samples => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Repository", "examples"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryTruncationOfASample_NeverThrows(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", file));
        for (var length = 0; length < text.Length; length++)
        {
            Assert.True(NeverThrows(text[..length]));
        }
    }

    [Property(MaxTest = 1000)]
    public bool SingleCharacterMutationsOfASample_NeverThrow(PositiveInt position, char replacement)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "excluded-member.json"));
        var index = position.Get % text.Length;
        return NeverThrows(text[..index] + replacement + text[(index + 1)..]);
    }

    [Fact]
    public void BundledPresets_SurviveEveryTruncation()
    {
        var text = PolicySetJson.Write(PolicySets.ZhifuPilot).TrimEnd();
        for (var length = 0; length < text.Length; length += 7)
        {
            Assert.False(PolicySetJson.Parse(text[..length]).IsSuccess);
        }
    }
}
