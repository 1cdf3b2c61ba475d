using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Explanations;
using DomainKit.Policies;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Policies;

/// <summary>
/// Parameter values as a reader of each language reads them: English keeps the tokens a policy file holds; Chinese
/// writes each name as its term and each amount without the yuan sign. Expected texts are written out by hand from
/// the Zhifu pilot's values (ZF-WF-04 routing, MA-06 schemes, ZF-VR-02 review months).
/// </summary>
public class ParameterValueTextTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    private static string ValueOn<T>(PolicyParameter<T> parameter, Language language)
        where T : notnull =>
        parameter.Format(PolicySets.ZhifuPilot.ValueAt(parameter, Date).Value.Value, language);

    [Fact]
    public void ZfWf04_TheRoutingTable_NamesEachNeedAndDepartmentInChinese()
    {
        Assert.Equal(
            "基本生活救助：民政部门；临时救助：民政部门；医疗救助：卫生计生部门；教育救助：教育体育部门；就业救助：人力资源和社会保障部门；照料护理：街道办事处；慈善救助：慈善总会",
            ValueOn(CaseParameters.Routing, Language.ChineseSimplified));
    }

    [Fact]
    public void AnEnumValue_IsItsTermInChinese_AndItsTokenInEnglish()
    {
        Assert.Equal("芝罘区生活消费支出认定办法", ValueOn(ExpenditureParameters.Rule, Language.ChineseSimplified));
        Assert.Equal("zhifuConsumption", ValueOn(ExpenditureParameters.Rule, Language.English));
        Assert.Equal("仅显示姓名首字", ValueOn(CaseParameters.PublicationNameMasking, Language.ChineseSimplified));
        Assert.Equal("3月、9月", ValueOn(ReviewParameters.CentralisedReviewMonths, Language.ChineseSimplified));
        Assert.Equal("3, 9", ValueOn(ReviewParameters.CentralisedReviewMonths, Language.English));
    }

    [Fact]
    public void AnAmount_DropsTheYuanSignInChinese_ForTheUnitFollowsIt()
    {
        Assert.Equal("950.00", ValueOn(DibaoParameters.StandardMonthly, Language.ChineseSimplified));
        Assert.Equal("¥950.00", ValueOn(DibaoParameters.StandardMonthly, Language.English));
    }

    [Fact]
    public void AMedicalScheme_ReadsStageByStage_WithItsDeductibleBandsAndCap()
    {
        var scheme = MedicalAssistanceScheme.Create(
        [
            new MedicalStage("basic", Deductible.Fixed(Money.FromYuan(1_000m)), [new RatioBand(Money.FromYuan(5_000m), Rate.Percent(50)), new RatioBand(null, Rate.Percent(70))], Money.FromYuan(20_000m)),
            MedicalStage.Flat("top-up", Deductible.ShareOfDisposableIncome(Rate.Percent(10)), Rate.Percent(60), Money.FromYuan(30_000m)),
        ]).Value;
        Assert.Equal(
            "普通医疗救助：起付线 1000.00元，5000.00元以内救助比例 50%，救助比例 70%，年度封顶 20000.00元；其后top-up：起付线为人均可支配收入的 10%，救助比例 60%，年度封顶 30000.00元",
            MedicalParameters.SchemeDibao.Format(scheme, Language.ChineseSimplified));
    }

    [Fact]
    public void AnExplanationInChinese_CitesAChoiceByItsTerm()
    {
        var claim = new ExpenditureClaim { IllnessOrDisasterSpending = true, InDifficultyAfterEmergencyRelief = true };
        var household = Of(Person(Relation.Applicant, new LocalDate(1980, 1, 1), Wages(30_000m)), Person(Relation.Spouse, new LocalDate(1980, 1, 1)));
        var explanation = ExpenditureHardship.Decide(household, claim, PolicySets.ZhifuPilot, Date).Value.Explanation;
        var usage = explanation.Steps.SelectMany(s => s.Parameters).First(p => p.Parameter == ExpenditureParameters.Rule);
        Assert.Equal("芝罘区生活消费支出认定办法", usage.ValueIn(Language.ChineseSimplified));
        Assert.Equal("zhifuConsumption", usage.Value);
        var chinese = explanation.Render(Language.ChineseSimplified);
        Assert.Contains("芝罘区生活消费支出认定办法", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("zhifuConsumption", chinese, StringComparison.Ordinal);
    }
}
