using System.Text;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>
/// Every command on a corpus of hostile files: the exit code is exactly 0, 1 or 2 as documented, and nothing prints
/// a stack trace or an internal fault. Argument bounds (years, dates) are refused as such.
/// </summary>
public sealed class HostileCorpusTest : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");

    private readonly string folder = Directory.CreateTempSubdirectory("corpus-").FullName;

    public static TheoryData<string> Corpus => new()
    {
        "empty", "bom-only", "invalid-utf8", "lone-surrogate", "raw-nul", "deep-json", "huge-number", "tiny-number",
        "wrong-schema", "truncated", "binary", "csv-like", "yaml-like", "folder", "missing", "household-with-bom",
        "cadre-invalid-utf8", "policy-control-characters", "policy-forged-preset", "case-history-invalid",
    };

    public static TheoryData<string[]> Commands => new()
    {
        { ["evaluate", "{0}", "--date", "2026-03-01"] },
        { ["evaluate", "{0}", "--date", "2026-03-01", "--json"] },
        { ["assess", "{0}", "--date", "2026-03-01"] },
        { ["assess", "{0}", "--date", "2026-03-01", "--json"] },
        { ["review", "{0}", "--out", "{1}", "--date", "2026-03-01"] },
        { ["review", "{0}", "--out", "{1}", "--date", "2026-03-01", "--input-format", "csv", "--format", "csv"] },
        { ["compare", "{0}", "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--csv", "{1}"] },
        { ["evaluate", "{2}", "--date", "2026-03-01", "--policy", "{0}"] },
        { ["compare", "{3}", "--base", "zhifu-pilot", "--reform", "{0}", "--date", "2026-03-01"] },
        { ["policy", "show", "{0}"] },
        { ["test", "{0}"] },
    };

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EveryCommand_OnEveryHostileFile_ExitsZeroOneOrTwo_WithoutAStackTrace()
    {
        var population = Path.Combine(folder, "population.jsonl");
        File.WriteAllText(population, File.ReadAllText(Path.Combine(Examples, "eligible.json")).ReplaceLineEndings(string.Empty) + "\n");
        foreach (var name in Corpus)
        {
            var input = Write(name);
            foreach (var command in Commands)
            {
                var output = Path.Combine(folder, "out-" + Guid.NewGuid().ToString("N"));
                var args = command.Select(a => a.Replace("{0}", input, StringComparison.Ordinal)
                    .Replace("{1}", output, StringComparison.Ordinal)
                    .Replace("{2}", Path.Combine(Examples, "eligible.json"), StringComparison.Ordinal)
                    .Replace("{3}", population, StringComparison.Ordinal)).ToArray();
                foreach (var language in new[] { "en", "zh-CN" })
                {
                    var (code, stdout, error) = Run([.. args, "--lang", language]);
                    var what = $"{name}: {string.Join(' ', command)} --lang {language} gave {code}: {error}";
                    Assert.True(code is 0 or 1 or 2, what);
                    Assert.DoesNotContain("   at ", error + stdout, StringComparison.Ordinal);
                    Assert.DoesNotContain("internal fault", error, StringComparison.Ordinal);
                    Assert.DoesNotContain("内部故障", error, StringComparison.Ordinal);
                    Assert.DoesNotContain("Unhandled", error + stdout, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("1948")]
    [InlineData("2201")]
    [InlineData("-5")]
    [InlineData("99999999999")]
    [InlineData("２０２５")]
    public void AYearOutsideTheContractsRange_IsRefusedAsSuch_WithoutRepeatingIt(string year)
    {
        var (code, _, error) = Run("assess", Path.Combine(Examples, "cadre.json"), "--date", "2026-03-01", "--year", year);
        Assert.Equal((2, "error: --year: a year from 1949 to 2200, written in digits."), (code, error.Trim()));
    }

    [Theory]
    [InlineData("1948-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void ADateOutsideTheContractsRange_IsRefusedByEveryCommand(string date)
    {
        var household = Path.Combine(Examples, "eligible.json");
        foreach (var args in new[]
        {
            new[] { "evaluate", household, "--date", date },
            ["assess", household, "--date", date],
            ["policy", "show", "zhifu-pilot", "--date", date],
            ["compare", household, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", date],
        })
        {
            var (code, _, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Contains("lie between 1949-01-01 and 2200-12-31", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ACadreFileWithBytesThatAreNotUtf8_IsRefusedAtThePath_NotReadWithReplacementCharacters()
    {
        var (code, _, error) = Run("assess", Write("cadre-invalid-utf8"), "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Contains("error: id: The text is not valid Unicode", error, StringComparison.Ordinal);
    }

    private string Write(string name)
    {
        var path = Path.Combine(folder, name + ".json");
        string Example(string file) => File.ReadAllText(Path.Combine(Examples, file));
        byte[] bytes = name switch
        {
            "empty" => [],
            "bom-only" => [0xEF, 0xBB, 0xBF],
            "invalid-utf8" => [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
            "lone-surrogate" => Encoding.UTF8.GetBytes(Example("eligible.json").Replace("\"applicant\"", "\"\\ud800\"", StringComparison.Ordinal)),
            "raw-nul" => Encoding.UTF8.GetBytes(Example("eligible.json").Replace("applicant", "appl\0icant", StringComparison.Ordinal)),
            "deep-json" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
            "huge-number" => Encoding.UTF8.GetBytes(Example("eligible.json").Replace("18000.00", "1" + new string('0', 5000), StringComparison.Ordinal)),
            "tiny-number" => Encoding.UTF8.GetBytes(Example("eligible.json").Replace("18000.00", "18000.000000000000000000000000000001", StringComparison.Ordinal)),
            "wrong-schema" => Encoding.UTF8.GetBytes("""{"schema":"domainkit/household@9","members":[]}"""),
            "truncated" => Encoding.UTF8.GetBytes(Example("eligible.json")[..40]),
            "binary" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))],
            "csv-like" => Encoding.UTF8.GetBytes("household,relation,birthDate\n\"a\n"),
            "yaml-like" => Encoding.UTF8.GetBytes("scenarios:\n  - &a [*a]\n"),
            "household-with-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Example("eligible.json"))],
            "cadre-invalid-utf8" => [],
            "policy-control-characters" => Encoding.UTF8.GetBytes(global::DomainKit.Policies.PolicySetJson.Write(global::DomainKit.Policies.PolicySets.ZhifuPilot).Replace("\"id\": \"zhifu-pilot\"", "\"id\": \"local\\u001b[2J\"", StringComparison.Ordinal)),
            "policy-forged-preset" => Encoding.UTF8.GetBytes(global::DomainKit.Policies.PolicySetJson.Write(global::DomainKit.Policies.PolicySets.ZhifuPilot).Replace("\"value\": 950,", "\"value\": 9500,", StringComparison.Ordinal)),
            "case-history-invalid" => Encoding.UTF8.GetBytes(Example("case-history.json").Replace("\"sequence\": 2", "\"sequence\": [2]", StringComparison.Ordinal)),
            _ => [],
        };
        if (name == "cadre-invalid-utf8")
        {
            bytes = Encoding.UTF8.GetBytes(Example("cadre.json").Replace("\"cadre-0042\"", "\"cadre#0042\"", StringComparison.Ordinal));
            bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        }

        if (name == "folder")
        {
            return Directory.CreateDirectory(Path.Combine(folder, "a-folder")).FullName;
        }

        if (name == "missing")
        {
            return Path.Combine(folder, "no-such-file.json");
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }
}
