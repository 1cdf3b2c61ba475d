using System.Globalization;
using System.Text.RegularExpressions;
using DomainKit.Cli;
using DomainKit.Tests.Validation;
using DomainKit.Validation;
using Errors = DomainKit.Cli.Errors;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>The tool's own lines in English and Simplified Chinese: every line is translated, and --lang reaches help, errors, results and summaries.</summary>
public partial class CliTextTest
{
    private static readonly string Source = Path.Combine(AppContext.BaseDirectory, "Repository", "cli");
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");

    [Fact]
    public void EveryLineOfTheTool_HasAChineseTranslation_AndNoTranslationIsOrphaned()
    {
        var templates = MessageTemplateScanner.Scan(Source, MessageTemplateScanner.ToolMarkers)
            .Where(t => Letters().IsMatch(t.Template))
            .ToList();
        Assert.True(templates.Count > 100, $"The scan found only {templates.Count} lines; the scanner has lost track of the code.");
        var tool = CliText.TranslatedTemplates.ToHashSet(StringComparer.Ordinal);
        var library = ValidationMessages.TranslatedTemplates.ToHashSet(StringComparer.Ordinal);
        var untranslated = templates.Where(t => !tool.Contains(t.Template) && !library.Contains(t.Template)).Select(t => $"{t.File}: {t.Template}").Distinct().ToList();
        Assert.True(untranslated.Count == 0, "Not in src/DomainKit.Cli/Messages/zh-CN.json:\n" + string.Join("\n", untranslated));
        var used = templates.Select(t => t.Template).ToHashSet(StringComparer.Ordinal);
        Assert.True(tool.All(used.Contains), "Translated but written nowhere: " + string.Join(" | ", tool.Where(t => !used.Contains(t))));
        Assert.True(!tool.Any(library.Contains), "Translated twice, here and in the library: " + string.Join(" | ", tool.Where(library.Contains)));
    }

    [Fact]
    public void EveryTranslation_KeepsItsPlaceholders_AndIsChinese()
    {
        foreach (var (template, chinese) in CliText.Translations)
        {
            Assert.Equal(Placeholders(template), Placeholders(chinese));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
        }

        static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Help_IsInTheChosenLanguage()
    {
        var (code, english, _) = Run("review", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Assess every household of a population", english, StringComparison.Ordinal);
        Assert.Contains("--lang", english, StringComparison.Ordinal);
        var (_, chinese, _) = Run("review", "--help", "--lang", "zh-CN");
        Assert.Contains("按所有救助项目评估一个群体中的每户家庭", chinese, StringComparison.Ordinal);
        Assert.Contains("每户一条结果的写入位置", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_FromTheLibraryAndFromTheTool_AreInChinese()
    {
        var (code, _, error) = Run("evaluate", Path.Combine(Examples, "invalid-household.json"), "--date", "2026-03-01", "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("错误：members[0].incomes[0].amount：金额应为以元为单位、最多两位小数的十进制字符串，如“1350.00”。 [money.notExact]", error, StringComparison.Ordinal);
        (code, _, error) = Run("--lang=zh-CN", "evaluate", Path.Combine(Examples, "no-such-file.json"), "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Contains("不存在", error, StringComparison.Ordinal);
        (code, _, error) = Run("generate", "--households", "0", "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Equal("错误：--households：1 至 100,000,000 户。", error.Trim());
    }

    [Fact]
    public void Summaries_AreInChinese_AndTheJsonErrorReportCarriesChineseMessages()
    {
        var input = Path.Combine(Path.GetTempPath(), $"lang-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(input, ["{", Run("generate", "--households", "1").Output.Trim()]);
        var (code, summary, error) = Run("review", input, "--out", input + ".out", "--date", "2026-03-01", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.StartsWith("已处理 2 行：评估 1 户，跳过 1 行有误的数据", summary, StringComparison.Ordinal);
        Assert.Contains("第 1 行：文本不是格式正确的 JSON", error, StringComparison.Ordinal);

        var (_, _, json) = Run("evaluate", Path.Combine(Examples, "invalid-household.json"), "--date", "2026-03-01", "--json", "--lang", "zh-CN");
        Assert.Contains("\"message\": \"金额应为以元为单位、最多两位小数的十进制字符串，如“1350.00”。\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyShow_DescribesParametersInChinese()
    {
        var (code, output, _) = Run("policy", "show", "zhifu-pilot", "--date", "2026-03-01", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("dibaoStandardMonthly（DB-01，元/月）：当地每人每月低保标准。", output, StringComparison.Ordinal);
        Assert.Contains("maxHomes（HH-05，套）", output, StringComparison.Ordinal);
        Assert.StartsWith("zhifu-pilot 2026.1: 芝罘区救急难试点\n在全国规定基础上实施的烟台市芝罘区“救急难”试点", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  * 自 2024-07-01 起：950.00（示意值，非官方标准：芝罘区“救急难”试点工作材料未载明城乡统一的低保标准（ZF-DB-01）；示意值）", output, StringComparison.Ordinal);
        Assert.Contains("（转引来源：《最低生活保障审核确认办法》第十九条：公示期为7天）", output, StringComparison.Ordinal);
        Assert.Contains("起：仅显示姓名首字（", output, StringComparison.Ordinal);
        Assert.DoesNotContain("keepFirstCharacter", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyList_NamesEachPresetInChinese()
    {
        var (code, output, _) = Run("policy", "list", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("zhifu-pilot 2026.1: 芝罘区救急难试点", output, StringComparison.Ordinal);
        Assert.Contains("national-baseline 2026.1: 全国基准（《社会救助暂行办法》及国家配套规定）", output, StringComparison.Ordinal);
        Assert.Contains("zhifu-pilot 2026.1: Zhifu District pilot (芝罘区救急难试点)", Run("policy", "list").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "error: --households: the value is not a whole number.")]
    [InlineData("zh-CN", "错误：--households：所给的值不是整数。")]
    public void AnUnreadableValue_NamesTheOption_NeverTheValue(string language, string expected)
    {
        var (code, _, error) = Run("generate", "--households", "袁某某-110101199003077777", "--out", "x.jsonl", "--lang", language);
        Assert.Equal(2, code);
        Assert.Equal(expected, error.ReplaceLineEndings("\n").Split('\n')[0]);
        Assert.DoesNotContain("110101", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "policy", "show", "nope" }, "error: POLICY: ")]
    [InlineData(new[] { "compare", "x.jsonl", "--base", "nope", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01" }, "error: --base: ")]
    [InlineData(new[] { "compare", "x.jsonl", "--base", "zhifu-pilot", "--reform", "nope", "--date", "2026-03-01" }, "error: --reform: ")]
    [InlineData(new[] { "evaluate", "x.json", "--policy", "nope", "--date", "2026-03-01" }, "error: --policy: ")]
    public void AnUnknownPolicy_BlamesTheArgumentThatNamedIt(string[] args, string blamed)
    {
        // An input that exists, so that the policy is what the command refuses.
        var (code, _, error) = Run([.. args.Select(a => a == "x.jsonl" || a == "x.json" ? Path.Combine(Examples, "eligible.json") : a)]);
        Assert.Equal(2, code);
        Assert.StartsWith(blamed, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingOption_AndAMissingArgument_AreSaidInChinese()
    {
        var (code, _, error) = Run("compare", "x.jsonl", "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("错误：--base：必须提供此选项。", error, StringComparison.Ordinal);
        Assert.Contains("错误：--date：必须提供此选项。", error, StringComparison.Ordinal);
        Assert.Contains("错误：evaluate：缺少参数；请参阅“domainkit evaluate --help”。", Run("evaluate", "--lang", "zh-CN").Error, StringComparison.Ordinal);
        Assert.Contains("error: '--bogus' is not a command or option of domainkit.", Run("policy", "list", "--bogus").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Usage:\n  domainkit compare <INPUT> [options]", "Description:")]
    [InlineData("zh-CN", "用法：\n  domainkit compare <INPUT> [选项]", "说明：")]
    public void Help_CallsTheProgramDomainkit_InTheChosenLanguage(string language, string usage, string heading)
    {
        var (code, output, _) = Run("compare", "--help", "--lang", language);
        Assert.Equal(0, code);
        var help = output.ReplaceLineEndings("\n");
        Assert.Contains(usage, help, StringComparison.Ordinal);
        Assert.StartsWith(heading, help, StringComparison.Ordinal);
        Assert.DoesNotContain("DomainKit.Cli", help, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownLanguage_IsOneLineInBothLanguages_AndExitTwo()
    {
        var (code, output, error) = Run("evaluate", Path.Combine(Examples, "eligible.json"), "--lang", "fr");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("error: --lang: en or zh-CN. / 错误：--lang：en 或 zh-CN。", error.Trim());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void Output_IsTheSame_WhateverTheMachinesCulture(string culture)
    {
        string[] args = ["evaluate", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01", "--lang", "zh-CN"];
        var expected = Run(args).Output;
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Run(args).Output);
            Assert.Equal(Run("review", "--help").Output, RunInvariant("review", "--help"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    private static string RunInvariant(params string[] args)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return Run(args).Output;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
