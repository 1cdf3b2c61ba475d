using System.Globalization;
using System.Text.RegularExpressions;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Validation;

namespace DomainKit.Tests.Validation;

/// <summary>Validation messages in both languages: every template the code raises is translated, and rendering keeps the data and never depends on the machine's culture.</summary>
public partial class ValidationMessagesTest
{
    private static readonly string Source = Path.Combine(AppContext.BaseDirectory, "Repository", "src");

    [Fact]
    public void EveryTemplateInTheCode_HasAChineseTranslation_AndNoTranslationIsOrphaned()
    {
        var templates = MessageTemplateScanner.Scan(Source, MessageTemplateScanner.LibraryMarkers);
        Assert.True(templates.Count > 200, $"The scan found only {templates.Count} templates; the scanner has lost track of the code.");
        var translated = ValidationMessages.TranslatedTemplates.ToHashSet(StringComparer.Ordinal);
        var untranslated = templates.Where(t => !translated.Contains(t.Template)).Select(t => $"{t.File}: {t.Template}").Distinct().ToList();
        Assert.True(untranslated.Count == 0, "Not in Validation/Messages/zh-CN.json:\n" + string.Join("\n", untranslated));
        var used = templates.Select(t => t.Template).ToHashSet(StringComparer.Ordinal);
        var orphans = translated.Where(t => !used.Contains(t)).ToList();
        Assert.True(orphans.Count == 0, "Translated but raised nowhere:\n" + string.Join("\n", orphans));
    }

    [Fact]
    public void EveryTranslation_KeepsItsTemplatesPlaceholders_AndIsChinese()
    {
        foreach (var template in ValidationMessages.TranslatedTemplates)
        {
            var chinese = ValidationMessages.Render(new LocalizedValidationError("p", "c", template, [.. Placeholders(template).Select(p => $"<{p}>")]), Language.ChineseSimplified);
            foreach (var placeholder in Placeholders(template))
            {
                Assert.Contains($"<{placeholder}>", chinese, StringComparison.Ordinal);
            }

            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
            Assert.DoesNotMatch(@"\{\d+\}", chinese);
        }
    }

    [Fact]
    public void NoRuleUsesFluentValidationsOwnMessages()
    {
        // Those follow the machine's UI culture and name C# properties; WithError gives a code and a translatable message together.
        var offenders = Directory.GetFiles(Source, "*.cs.txt", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith("RuleOptions.cs.txt", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file) is var text && (text.Contains(".WithErrorCode(", StringComparison.Ordinal) || text.Contains(".WithMessage(", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void AStrictReadersErrors_RenderInChinese_WithTheirDataKept()
    {
        var result = HouseholdJson.Parse("""{"schema":"domainkit/household@1","members":[{"relation":"cousin","birthDate":"1980-02-30","refusedJobReferrals":5000,"colour":1}]}""");
        var errors = result.ValidationErrors.ToDictionary(e => e.Identifier);
        Assert.Equal("存在未知属性；只允许以下属性：relation, birthDate, livesIndependently, fullTimeStudent, livesWithHousehold, absence, absentSince, disability, seriouslyIll, hasAbleSupporter, enrolledInExtremePoverty, schoolStage, refusedJobReferrals, incomes。", ValidationMessages.Render(errors["members[0]"], Language.ChineseSimplified));
        Assert.Equal("日期必须存在，并写作 yyyy-MM-dd。", ValidationMessages.Render(errors["members[0].birthDate"], Language.ChineseSimplified));
        Assert.Equal("该值必须在 0 与 1000 之间。", ValidationMessages.Render(errors["members[0].refusedJobReferrals"], Language.ChineseSimplified));
        Assert.Equal("The value must lie between 0 and 1000.", ValidationMessages.Render(errors["members[0].refusedJobReferrals"], Language.English));
        Assert.StartsWith("不允许此值；应为以下之一：applicant,", ValidationMessages.Render(errors["members[0].relation"], Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Fact]
    public void FixedWordsInArguments_AreTranslated()
    {
        var error = HouseholdJson.Parse("""{"schema":"domainkit/household@1","members":"none"}""").ValidationErrors.Single();
        Assert.Equal("Expected an array but found a string.", error.ErrorMessage);
        Assert.Equal("应为数组，实际为字符串。", ValidationMessages.Render(error, Language.ChineseSimplified));
    }

    [Fact]
    public void TheStagesACommandIsAllowedAt_AreNamedInChinese_OneOrMany()
    {
        var opened = DomainKit.Tests.Assistance.CaseTestKit.Opened();
        var one = opened.StartInvestigation(DomainKit.Tests.Assistance.CaseTestKit.By("lead-3", DomainKit.Tests.Assistance.CaseTestKit.March(3), opened.Version), ["inv-1", "inv-2"], DomainKit.Tests.Assistance.CaseTestKit.Policy).ValidationErrors.Single();
        Assert.Equal("A case can start its investigation only at one of: Acceptance.", one.ErrorMessage);
        Assert.Equal("案件只有在以下阶段才能开始调查：受理。", ValidationMessages.Render(one, Language.ChineseSimplified));

        var many = opened.RecordService(DomainKit.Tests.Assistance.CaseTestKit.By("social-1", DomainKit.Tests.Assistance.CaseTestKit.March(3), opened.Version), ServiceProvider.Volunteer, ServiceKind.DailyCare, Need.Care, 2).ValidationErrors.Single();
        Assert.Equal("案件只有在以下阶段才能记录服务：受理、审核、审批、成效评估。", ValidationMessages.Render(many, Language.ChineseSimplified));
    }

    [Fact]
    public void ADomainValidatorsErrors_RenderInChinese_AndLocalizeKeepsPathsAndCodes()
    {
        var household = Household.Create([new HouseholdMember { Relation = Relation.Spouse, BirthDate = new NodaTime.LocalDate(1980, 1, 1) }], HouseholdAssets.None);
        var localized = ValidationMessages.Localize(household.ValidationErrors, Language.ChineseSimplified);
        Assert.Equal(household.ValidationErrors.Select(e => (e.Identifier, e.ErrorCode)), localized.Select(e => (e.Identifier, e.ErrorCode)));
        Assert.Contains(localized, e => e.ErrorMessage == "一户恰有一名申请人。");
    }

    [Fact]
    public void AnErrorFromElsewhere_StaysAsItIs()
    {
        var foreign = new Ardalis.Result.ValidationError("x", "Something else.", "other", Ardalis.Result.ValidationSeverity.Error);
        Assert.Equal("Something else.", ValidationMessages.Render(foreign, Language.ChineseSimplified));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Messages_DoNotDependOnTheMachinesCulture(string culture)
    {
        const string Input = """{"schema":"domainkit/household@1","members":[{"relation":"spouse","birthDate":"1980-01-01","incomes":[{"kind":"wages","amount":-1.5}]}],"assets":{"homesOwned":1001}}""";
        var expected = Messages(Input);
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Messages(Input));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }

        static List<string> Messages(string json) =>
            [.. HouseholdJson.Parse(json).ValidationErrors.SelectMany(e => new[] { e.ErrorMessage, ValidationMessages.Render(e, Language.ChineseSimplified) })];
    }

    private static IEnumerable<int> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
