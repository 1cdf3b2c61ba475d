using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Outputs;
using NodaTime;

namespace DomainKit.Tests.Explanations;

/// <summary>The explanation of the bundled sample docs/examples/eligible.json, read as a clerk would.</summary>
public class ExplanationTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static DibaoDecision SampleDecision()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json"));
        return Dibao.Decide(HouseholdJson.Parse(json).Value, PolicySets.ZhifuPilot, Date).Value;
    }

    [Fact]
    public void Sample_NamesDb01_WithTheStandardItsDateAndProvenance()
    {
        var decision = SampleDecision();
        var incomeTest = decision.Explanation.Steps.First(s => s.RuleId == "DB-01");
        var standard = Assert.Single(incomeTest.Parameters, p => p.Parameter == DibaoParameters.StandardMonthly);
        Assert.Equal("¥950.00", standard.Value);
        Assert.Equal(new LocalDate(2024, 7, 1), standard.EffectiveFrom);
        Assert.Equal(SourceKind.Illustrative, standard.Provenance.Kind);
        Assert.Equal(StepOutcome.Passed, incomeTest.Outcome);

        var english = decision.Explanation.Render(Language.English);
        Assert.Contains("[pass] DB-01 Per-capita monthly income ¥500.00 is below the dibao standard ¥950.00", english, StringComparison.Ordinal);
        Assert.Contains("parameter dibaoStandardMonthly = ¥950.00 per month, in effect from 2024-07-01 (illustrative, not an official figure:", english, StringComparison.Ordinal);
        Assert.Contains("Per-capita monthly income = ¥18000.00 ÷ 12 months ÷ 3 members = ¥500.00", english, StringComparison.Ordinal);
        Assert.Contains("[info] DB-02 Monthly benefit (gap-filling)", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WritesEachStepIndentedByItsDepth_WithItsParametersAndInputsBeneath()
    {
        var explanation = SampleDecision().Explanation;
        var english = explanation.Render(Language.English);
        Assert.Equal(english, explanation.ToString());
        Assert.Contains(explanation.AllSteps, step => step.Children.Length > 0);
        ApprovedText.Verify("rendered-explanation", english + "\n" + explanation.Render(Language.ChineseSimplified));
    }

    [Fact]
    public void TheDecisionsJson_HoldsEveryStepWithItsChildren_AsReviewed()
    {
        var json = DibaoDecisionJson.Write(SampleDecision(), Language.English);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        ApprovedText.Verify("decision-json", json);
    }

    [Fact]
    public void Languages_AreNamedByTheirBcp47Tags_AndReadBackFromThem()
    {
        Assert.Equal(["en", "zh-CN"], Enum.GetValues<Language>().Select(Languages.ToTag));
        Assert.All(Enum.GetValues<Language>(), language => Assert.True(Languages.TryParse(Languages.ToTag(language), out var read) && read == language));
        Assert.False(Languages.TryParse("fr", out _));
        Assert.StartsWith("Unknown language.", Assert.Throws<ArgumentOutOfRangeException>(() => Languages.ToTag((Language)99)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_ReadsCorrectlyInChinese()
    {
        var chinese = SampleDecision().Explanation.Render(Language.ChineseSimplified);
        Assert.Contains("[通过] DB-01 家庭月人均收入 500.00元 低于低保标准 950.00元", chinese, StringComparison.Ordinal);
        Assert.Contains("参数 dibaoStandardMonthly = 950.00（元/月），自 2024-07-01 起执行（示意值，非官方标准：芝罘区“救急难”试点工作材料未载明城乡统一的低保标准（ZF-DB-01）；示意值）", chinese, StringComparison.Ordinal);
        Assert.Contains("参数 maxHomes = 1（套），自 2014-05-01 起执行", chinese, StringComparison.Ordinal);
        Assert.Contains("输入 members[0].relation = 申请人（applicant）", chinese, StringComparison.Ordinal);
        Assert.Contains("输入 assets.financialAssets = 8000.00元", chinese, StringComparison.Ordinal);
        Assert.Contains("家庭月人均收入 = 18000.00元 ÷ 12 个月 ÷ 3 人 = 500.00元", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("members count", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ReadsInBothLanguages()
    {
        var decision = SampleDecision();
        Assert.Equal("Eligible for dibao: ¥1350.00 per month (2026-03-01, policy zhifu-pilot).", decision.Summary(Language.English));
        Assert.Equal("符合最低生活保障条件：每月 1350.00元（2026-03-01，政策：芝罘区救急难试点）。", decision.Summary(Language.ChineseSimplified));
    }

    [Fact]
    public void Steps_ListTheInputsTheyRead()
    {
        var inputs = SampleDecision().Explanation.AllSteps.SelectMany(s => s.Inputs).Select(i => i.Path).ToHashSet();
        Assert.Contains("members[0].incomes[0].amount", inputs);
        Assert.Contains("members[2].birthDate", inputs);
        Assert.Contains("assets.financialAssets", inputs);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void DecisionJson_IsByteIdenticalUnderEveryCulture(string culture)
    {
        var expected = DibaoDecisionJson.Write(SampleDecision(), Language.English);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, DibaoDecisionJson.Write(SampleDecision(), Language.English));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Inputs_ShowTheirValuesAsTheHouseholdDocumentWritesThem()
    {
        var inputs = SampleDecision().Explanation.AllSteps.SelectMany(s => s.Inputs).ToDictionary(i => i.Path, i => i.Value);
        Assert.Equal("¥18000.00", inputs["members[0].incomes[0].amount"]);
        Assert.Equal("wages", inputs["members[0].incomes[0].kind"]);
        Assert.Equal("applicant", inputs["members[0].relation"]);
        Assert.Equal("2014-06-01", inputs["members[2].birthDate"]);
        Assert.Equal("1", inputs["assets.homesOwned"]);
        Assert.Equal("¥8000.00", inputs["assets.financialAssets"]);
    }

    [Fact]
    public void Arguments_FormatAmountsCountsAndDates_WhenRead()
    {
        var perCapita = SampleDecision().Explanation.Steps.First(s => s.RuleId == "HH-04");
        var arguments = perCapita.Arguments.ToDictionary(a => a.Name, a => a.Text);
        Assert.Equal("¥18000.00", arguments["total"]);
        Assert.Equal("12", arguments["months"]);
        Assert.Equal("3", arguments["members"]);
        Assert.Equal("¥500.00", arguments["perCapita"]);
        var members = SampleDecision().Explanation.Steps.First(s => s.RuleId == "HH-01");
        Assert.Equal("2026-03-01", Assert.Single(members.Arguments, a => a.Name == "date").Text);
        var relation = Assert.Single(members.Children[0].Arguments, a => a.Name == "relation");
        Assert.Null(relation.Text);
        Assert.Equal("relation.applicant", relation.TermKey);
    }

    [Fact]
    public void Explanation_ReadFromManyThreadsAtOnce_IsOneTree_AndReadsAsAFreshOne()
    {
        var decision = SampleDecision();
        using var start = new Barrier(8);
        var seen = new System.Collections.Concurrent.ConcurrentBag<System.Collections.Immutable.ImmutableArray<ExplanationStep>>();
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            seen.Add(decision.Explanation.Steps);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var first = seen.First();
        Assert.All(seen, steps => Assert.True(steps == first, "every reader sees the same tree"));
        Assert.Equal(SampleDecision().Explanation.Render(Language.English), decision.Explanation.Render(Language.English));
    }
}
