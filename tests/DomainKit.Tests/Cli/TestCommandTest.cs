using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary><c>domainkit test</c>: failures show expected against actual; typos are errors with file, line and key.</summary>
public class TestCommandTest
{
    private static string Write(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void AFailingScenario_ShowsExpectedAgainstActual_AndTheExplanation_AndExitsOne()
    {
        var path = Write("""
            scenarios:
              - name: wrong benefit
                rule: dibao
                policy: zhifu-pilot
                date: 2026-03-01
                input:
                  schema: domainkit/household@1
                  members:
                    - { relation: applicant, birthDate: 1978-04-12 }
                expect:
                  amounts: { monthlyBenefit: 1.00 }
            """);
        var (code, output, _) = Run("test", path);
        Assert.Equal(1, code);
        Assert.Contains("amount 'monthlyBenefit': expected 1.00, got 950.00", output, StringComparison.Ordinal);
        Assert.Contains("explanation:", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Typos_AreErrorsWithFileLineAndKey_NeverIgnored()
    {
        var path = Write("""
            scenarios:
              - name: typo
                rule: dibao
                policy: zhifu-pilot
                date: 2026-03-01
                set: { dibaoStandardMonthy: 1 }
                input: {}
                expect: { outcom: eligible }
            """);
        var (code, _, error) = Run("test", path);
        Assert.Equal(2, code);
        Assert.Contains($"{path}:6: scenario 'typo': unknown parameter 'dibaoStandardMonthy'", error, StringComparison.Ordinal);
        Assert.Contains($"{path}:8: unknown key 'outcom'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedYaml_IsOneClearLine()
    {
        var (code, _, error) = Run("test", Write("scenarios: [ { name: x"));
        Assert.Equal(2, code);
        Assert.Contains("not valid YAML", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBundledScenarios_AllPass()
    {
        var (code, output, error) = Run("test", Path.Combine(AppContext.BaseDirectory, "Repository", "scenarios"));
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+ passed, 0 failed", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }
}
