using System.Text.RegularExpressions;
using DomainKit.Cli;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Tests.Explanations;

/// <summary>
/// Everything a Chinese reader is shown is Chinese: every message of the library and the tool, every term, every
/// bundled policy's name, description and citation. The only Latin words allowed are identifiers a user types or
/// looks up: rule IDs, parameter IDs, contract tokens, codes, file names, commands and options.
/// </summary>
public partial class ChineseTextTest
{
    // What may stand in Chinese text in Latin letters, beyond rule and parameter IDs and placeholders.
    private static readonly HashSet<string> Identifiers = new(StringComparer.Ordinal)
    {
        // Contract tokens a policy file or household file holds, quoted where a choice is explained.
        "gapOnIncome", "fullStandard",
        // Formats, encodings and contract names.
        "JSON", "lines", "CSV", "YAML", "UTF-8", "SHA-256", "SM3", "domainkit", "household", "policy-set", "cadre", "case-history",
        "yyyy-MM-dd", "yyyy-MM", "ID", "VALUE", "ID=VALUE", "BOM", "jsonl", "csv", "yaml", "yml", "MB", "null", "true", "false", "Parquet", "parquet", "HTML", "SVG",
        // Standards named by their own abbreviations.
        "ISO", "IANA", "UTC", "T01", "GB", "Unicode", "Schema",
        // The program, its commands, arguments and languages, as typed.
        "DomainKit", "review", "compare", "policy", "show", "schema", "CONTRACT", "POLICY", "en", "zh-CN", "dibao=80", "INPUT",
        // A shell command the CSV page prescribes for sorting.
        "LC_ALL=C", "sort",
        // The keys of a scenario file.
        "scenarios", "expect", "date", "input", "set", "cites", "path", "code", "from", "invalid", "messages", "steps", "rule", "outcome", "text", "includes", "excludes",
        // The keys of a policy layer.
        "basedOn", "layers", "values", "add", "region",
    };

    // Every token of every contract enumeration (seed, basicLiving, juniorSecondary ...): the member's name, first letter lower.
    private static readonly HashSet<string> ContractTokens = typeof(Money).Assembly.GetExportedTypes()
        .Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames)
        .Select(name => char.ToLowerInvariant(name[0]) + name[1..])
        .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:--)?[A-Za-z][A-Za-z0-9_.\-/@=]*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"^(?:[A-Z]{1,4}-)+[A-Z]*[0-9]+[a-z]?$")]
    private static partial Regex RuleId();

    [Fact]
    public void EveryExplanationMessageAndTerm_IsChinese() =>
        AssertChinese(MessageCatalog.For(Language.ChineseSimplified).Select(p => (p.Key, p.Value)));

    [Fact]
    public void EveryValidationMessage_IsChinese() =>
        AssertChinese(ValidationMessages.ChineseTemplates.Concat(ValidationMessages.TranslatedTerms).Select(p => (p.Key, p.Value)));

    [Fact]
    public void EveryLineOfTheTool_IsChinese() =>
        AssertChinese(CliText.Translations.Select(p => (p.Key, p.Value)));

    [Fact]
    public void EveryBundledPolicy_HasItsNameDescriptionAndEveryCitationInChinese()
    {
        var texts = new List<(string, string)>();
        foreach (var id in PolicySets.BundledIds)
        {
            var policy = PolicySets.Bundled(id).Value;
            Assert.NotNull(policy.ChineseName);
            Assert.NotNull(policy.ChineseDescription);
            texts.Add(($"{id} name", policy.NameIn(Language.ChineseSimplified)));
            texts.Add(($"{id} description", policy.DescriptionIn(Language.ChineseSimplified)));
            foreach (var timeline in policy.Timelines)
            {
                foreach (var provenance in timeline.Provenances)
                {
                    Assert.NotNull(provenance.ChineseCitation);
                    texts.Add(($"{id} {timeline.Parameter.Id}", provenance.CitationIn(Language.ChineseSimplified)));
                }
            }
        }

        AssertChinese(texts);
    }

    // A value is not an explanation of a token: every name in a bundled value (a department, a group, a list) reads as
    // its term, so here a contract token counts as English too.
    [Fact]
    public void EveryValueOfEveryBundledPolicy_ReadsInChinese_WithNoContractToken()
    {
        var english = new List<string>();
        var values = 0;
        foreach (var id in PolicySets.BundledIds)
        {
            foreach (var timeline in PolicySets.Bundled(id).Value.Timelines)
            {
                foreach (var value in timeline.FormatValues(Language.ChineseSimplified))
                {
                    values++;
                    var words = LatinWord().Matches(value).Select(m => m.Value).Where(w => !Identifiers.Contains(w) && w.Length > 1).ToList();
                    if (words.Count > 0)
                    {
                        english.Add($"{id} {timeline.Parameter.Id}: {value}");
                    }
                }
            }
        }

        Assert.True(values > 150, $"only {values} values read");
        Assert.True(english.Count == 0, "Values with English in Chinese:\n" + string.Join("\n", english));
    }

    [Fact]
    public void EveryParameterDescription_IsChinese() =>
        AssertChinese(ParameterCatalog.All.Select(p => (p.Id, p.Describe(Language.ChineseSimplified))));

    [Fact]
    public void TheCheck_FindsAnEnglishWordAmongIdentifiers()
    {
        Assert.Equal(["barred", "until"], EnglishWords("不得提拔（barred until）"));
        Assert.Equal(["Not", "stated", "anywhere"], EnglishWords("示意值：Not stated anywhere"));
        Assert.Empty(EnglishWords("参数 dibaoStandardMonthly（DB-01、ZF-MA-02、SX-NSNX16）见 docs/parameters.md，--date yyyy-MM-dd"));
    }

    private static void AssertChinese(IEnumerable<(string Where, string Text)> texts)
    {
        var english = texts
            .Select(t => (t.Where, Words: EnglishWords(t.Text)))
            .Where(t => t.Words.Count > 0)
            .Select(t => $"{t.Where}: {string.Join(" ", t.Words)}")
            .ToList();
        Assert.True(english.Count == 0, "English in Chinese text:\n" + string.Join("\n", english));
    }

    private static List<string> EnglishWords(string text) =>
        LatinWord().Matches(Placeholder().Replace(text, " "))
            .Select(m => m.Value.TrimEnd('.', '-', '/'))
            .Where(word => !IsIdentifier(word))
            .ToList();

    private static bool IsIdentifier(string word) =>
        Identifiers.Contains(word)
        || ContractTokens.Contains(word)
        || RuleId().IsMatch(word)
        || ParameterCatalog.TryFind(word, out _)
        || word.Contains('/', StringComparison.Ordinal) // a path, a file name or a contract name
        || word.Contains('.', StringComparison.Ordinal) // a file name or a field path
        || word.Contains('@', StringComparison.Ordinal)
        || word.StartsWith("--", StringComparison.Ordinal)
        || word.Length == 1;
}
