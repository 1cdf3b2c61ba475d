using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Scenarios;

/// <summary>
/// What a scenario file says and how the runner answers: one broken scenario leaves the others running, names near a
/// known one are suggested, and each precise expectation (invalid, messages, steps, includes, excludes, dated values)
/// fails when it does not hold. The household earns 18,000.00 a year with three members: Zhifu's 950.00 gives
/// (950 × 36 − 18000) ÷ 12 = 1350.00 a month.
/// </summary>
public sealed class ScenarioFeaturesTest : IDisposable
{
    private const string Family = """
        schema: domainkit/household@1
              members:
                - { relation: applicant, birthDate: 1978-04-12, incomes: [ { kind: wages, amount: 18000.00 } ] }
                - { relation: spouse, birthDate: 1980-09-30 }
                - { relation: child, birthDate: 2014-06-01 }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("scenario-features-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Scenario(string name, string body, string rule = "dibao", string date = "2026-03-01") => $$"""
          - name: {{name}}
            rule: {{rule}}
            policy: zhifu-pilot
            date: {{date}}
            input:
              {{Family}}
        {{body}}

        """;

    private (int Code, string Output, string Error) RunFile(params string[] scenarios)
    {
        var file = Path.Combine(folder, "s.yaml");
        File.WriteAllText(file, "scenarios:\n" + string.Concat(scenarios));
        return Run("test", file);
    }

    [Fact]
    public void ABrokenScenario_IsReported_AndTheOthersInItsFileStillRun()
    {
        var (code, output, error) = RunFile(
            Scenario("good", "    expect: { amounts: { monthlyBenefit: 1350.00 } }"),
            Scenario("misspelt", "    expct: { outcome: eligible }"),
            Scenario("also good", "    expect: { outcome: eligible }"));
        Assert.Equal(2, code);
        Assert.Contains("unknown key 'expct' in a scenario", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'expect'?", error, StringComparison.Ordinal);
        Assert.EndsWith("2 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ANameCloseToAKnownOne_IsSuggested_AndAFarOneIsNot()
    {
        var (_, _, error) = RunFile(
            Scenario("rule", "    expect: { outcome: eligible }", rule: "dibaoo"),
            Scenario("far", "    expect: { outcome: eligible }", rule: "pension"));
        Assert.Contains("unknown rule 'dibaoo'; expected one of:", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'dibao'?", error, StringComparison.Ordinal);
        Assert.Single(error.Split("Did you mean", StringSplitOptions.None).Skip(1));
    }

    [Fact]
    public void AMisspeltTokenInTheInput_IsAFileProblemAtItsLine_WithTheClosestAllowedName()
    {
        var file = Path.Combine(folder, "typo.yaml");
        File.WriteAllText(file, """
            scenarios:
              - name: typo
                rule: dibao
                policy: zhifu-pilot
                date: 2026-03-01
                input:
                  schema: domainkit/household@1
                  members:
                    - { relation: aplicant, birthDate: 1978-04-12 }
                expect: { outcome: eligible }

            """);
        var (code, _, error) = Run("test", file);
        Assert.Equal(2, code);
        Assert.Contains("typo.yaml:9: members[0].relation: value.unknownName", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'applicant'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DatedValues_ApplyFromTheirOwnDate_NotTheScenarios()
    {
        var set = "    set:\n      dibaoStandardMonthly: { from: 2026-07-01, value: 1000.00 }\n";
        var (code, output, _) = RunFile(
            Scenario("before", set + "    expect: { amounts: { monthlyBenefit: 1350.00 } }", date: "2026-06-30"),
            Scenario("on the day", set + "    expect: { amounts: { monthlyBenefit: 1500.00 } }", date: "2026-07-01"));
        Assert.Equal(0, code);
        Assert.EndsWith("2 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void EachPreciseExpectation_FailsWhenItDoesNotHold()
    {
        var (code, output, _) = RunFile(
            Scenario("invalid expected, decided", "    expect: { invalid: true }"),
            Scenario("message missing", "    expect: { messages: { zh-CN: [ \"不存在的文字\" ] } }"),
            Scenario("step missing", "    expect: { steps: [ { rule: DB-02, outcome: failed } ] }"),
            Scenario("include missing", "    expect: { includes: [ extremePoverty ], excludes: [ dibao ] }", rule: "householdAssessment"));
        Assert.Equal(1, code);
        Assert.Contains("expected validation errors, got a decision: eligible", output, StringComparison.Ordinal);
        Assert.Contains("message (zh-CN): expected the errors or the explanation to contain \"不存在的文字\"", output, StringComparison.Ordinal);
        Assert.Contains("step: expected a step DB-02 failed; the explanation's steps are:", output, StringComparison.Ordinal);
        Assert.Contains("outcome: expected it to include extremePoverty, got dibao", output, StringComparison.Ordinal);
        Assert.Contains("outcome: expected it to exclude dibao, got dibao", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 4 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    // The guide's whole files (a block that is exactly "scenarios:" on its first line) run as written; the block that
    // shows every key at once says so on that line and is not a file.
    public void TheWholeScenarioFiles_OfTheTestersGuide_RunAndPass()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "docs", "scenarios.md")).ReplaceLineEndings("\n");
        Directory.CreateDirectory(Path.Combine(folder, "layers"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Repository", "scenarios", "layers", "city-2026.json"), Path.Combine(folder, "layers", "city-2026.json"));
        var files = page.Split("```yaml\n").Skip(1).Select(block => block[..block.IndexOf("```", StringComparison.Ordinal)]).Where(block => block.StartsWith("scenarios:\n", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var (block, index) in files.Select((b, i) => (b, i)))
        {
            var file = Path.Combine(folder, $"guide-{index}.yaml");
            File.WriteAllText(file, block);
            var (code, output, error) = Run("test", file);
            Assert.True(code == 0, $"guide block {index}: {output}{error}");
        }
    }
}
