using System.Diagnostics;
using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Cli;
using DomainKit.Tests.Outputs;

namespace DomainKit.Tests.Reliability;

/// <summary>
/// The same inputs give byte-identical output under any current culture, in any time zone, and on every run: JSON
/// decisions, entitlements, cadre assessments, errors, policy sets, case histories and rendered explanations.
/// </summary>
public class DeterminismTest
{
    /// <summary>
    /// Cultures that differ from the invariant one in what could leak: decimal and group separators (de-DE, fr-FR),
    /// a non-Gregorian calendar and native digits (ar-SA, th-TH, fa-IR), casing (tr-TR), and the users' own (zh-CN).
    /// </summary>
    public static readonly TheoryData<string> Cultures = new(["zh-CN", "en-US", "de-DE", "ar-SA", "fr-FR", "tr-TR", "th-TH", "fa-IR"]);

    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");
    private static readonly NodaTime.LocalDate Date = new(2026, 3, 1);
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Baseline = new(() => InCulture(CultureInfo.InvariantCulture, Outputs));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryOutput_IsTheSameByteForByte_UnderTheCulture(string culture)
    {
        // Guard against a machine without culture data, where every culture would quietly be the invariant one.
        var info = CultureInfo.GetCultureInfo(culture);
        Assert.NotEqual(CultureInfo.InvariantCulture.DateTimeFormat.ShortDatePattern, info.DateTimeFormat.ShortDatePattern);
        var outputs = InCulture(info, Outputs);
        Assert.Equal(Baseline.Value.Count, outputs.Count);
        for (var i = 0; i < outputs.Count; i++)
        {
            Assert.True(Baseline.Value[i] == outputs[i], $"{outputs[i].Name} differs under {culture}: {FirstDifference(Baseline.Value[i].Text, outputs[i].Text)}");
        }
    }

    [Fact]
    public void EveryOutput_IsTheSameOnASecondRun() => Assert.Equal(Baseline.Value, InCulture(CultureInfo.InvariantCulture, Outputs));

    [Fact]
    public void TheCorpus_CoversEveryKindOfOutput()
    {
        // The comparison proves little unless the corpus holds real output of every kind, in both languages.
        var names = Baseline.Value.Select(o => o.Name).ToList();
        Assert.True(Baseline.Value.Count > 600, $"only {Baseline.Value.Count} outputs");
        foreach (var kind in new[] { "evaluate", "assess", "cadre", "errors", "policy", "policy-errors", "history", "decision", "explanation" })
        {
            Assert.Contains(names, n => n.StartsWith(kind + ":", StringComparison.Ordinal));
        }

        Assert.Contains(Baseline.Value, o => o.Text.Contains("低保", StringComparison.Ordinal));
        Assert.Contains(Baseline.Value, o => o.Text.Contains("¥1350.00", StringComparison.Ordinal) || o.Text.Contains("1350.00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UTC", "C.UTF-8")]
    [InlineData("Asia/Shanghai", "zh_CN.UTF-8")]
    [InlineData("America/Los_Angeles", "en_US.UTF-8")]
    [InlineData("Pacific/Kiritimati", "de_DE.UTF-8")]
    [InlineData("Asia/Kathmandu", "ar_SA.UTF-8")]
    public void TheTool_WritesTheSameJson_InAnyTimeZoneAndLocale(string zone, string locale)
    {
        // A separate process, so the time zone and the culture come from the environment as they do in production.
        var expected = CliRunner.Run("assess", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01", "--json", "--lang", "zh-CN").Output;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "DomainKit.Cli.dll"), "assess", Path.Combine(Examples, "eligible.json"), "--date", "2026-03-01", "--json", "--lang", "zh-CN" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TZ"] = zone;
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the tool did not finish");
        Assert.True(process.ExitCode == 0, error);
        Assert.Equal(expected, output);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (left, right) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(left.Length, right.Length)).FirstOrDefault(i => left[i] != right[i], -1);
        return line < 0 ? $"{left.Length} lines against {right.Length}" : $"line {line + 1} is \"{right[line]}\", not \"{left[line]}\"";
    }

    private static IReadOnlyList<(string Name, string Text)> InCulture(CultureInfo culture, Func<IReadOnlyList<(string, string)>> produce)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return produce();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private static IReadOnlyList<(string Name, string Text)> Outputs()
    {
        var outputs = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Examples, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            foreach (var language in new[] { "en", "zh-CN" })
            {
                if (name is "cadre.json" or "case-history.json")
                {
                    continue;
                }

                var evaluated = CliRunner.Run("evaluate", file, "--date", "2026-03-01", "--json", "--lang", language);
                outputs.Add(($"evaluate:{name}:{language}", evaluated.Output + evaluated.Error));
                var assessed = CliRunner.Run("assess", file, "--date", "2026-03-01", "--json", "--lang", language);
                outputs.Add(($"{(assessed.Code == 2 ? "errors" : "assess")}:{name}:{language}", assessed.Output + assessed.Error));
            }
        }

        var cadre = CliRunner.Run("assess", Path.Combine(Examples, "cadre.json"), "--policy", "shaanxi-2016", "--date", "2026-03-01", "--json", "--lang", "zh-CN");
        outputs.Add(("cadre:cadre.json", cadre.Output + cadre.Error));
        foreach (var id in PolicySets.BundledIds)
        {
            outputs.Add(($"policy:{id}", PolicySetJson.Write(PolicySets.Bundled(id).Value)));
        }

        // Refusals state bounds and amounts: the broken policy files show whether their messages follow the culture.
        outputs.Add(("policy-errors:policy-documents", PolicyDocumentsOutputsTest.Output()));
        var history = CaseEventJson.ParseHistory(File.ReadAllText(Path.Combine(Examples, "case-history.json"))).Value;
        outputs.Add(("history:case-history.json", CaseEventJson.WriteHistory(history.Events)));

        var terms = EngineRules.Policy();
        foreach (var claims in EnginePopulation.Create(300).Claims)
        {
            var decision = Dibao.Decide(claims.Household, terms, Date).Value;
            outputs.Add(($"decision:{outputs.Count}", DibaoDecisionJson.Write(decision, Language.English) + DibaoDecisionJson.Write(decision, Language.ChineseSimplified)));
            var entitlements = HouseholdAssessment.Decide(claims, terms, Date).Value;
            outputs.Add(($"explanation:{outputs.Count}", entitlements.Summary(Language.English) + entitlements.Summary(Language.ChineseSimplified)
                + string.Concat(entitlements.Medical.Select(m => m.Explanation.Render(Language.ChineseSimplified)))
                + entitlements.Margin.Explanation.Render(Language.English)));
        }

        return outputs;
    }
}
