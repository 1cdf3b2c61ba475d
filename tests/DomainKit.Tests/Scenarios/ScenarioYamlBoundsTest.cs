using System.Text;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Scenarios;

/// <summary>
/// Hostile scenario files: aliases that expand without bound, nesting that would overflow the stack, keys that are
/// lists or mappings. Each is an error with the file and the line, exit code 2, never a crash or an out-of-memory.
/// </summary>
public sealed class ScenarioYamlBoundsTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yaml-bounds-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AliasesThatExpandToGigabytes_AreRefusedAtTheLineWhereTheyPassTheBound()
    {
        // 1 KB: ten levels of ten aliases each, 10^10 values once expanded into the scenario's input.
        var text = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 10; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        }

        text.Append(Scenario("*l10"));
        AssertRefused(text.ToString(), ":6: with its aliases expanded the file has more than 1000000 values");
    }

    [Fact]
    public void NestingDeeperThanAnyScenarioNeeds_IsRefused_BeforeATreeIsBuilt()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        AssertRefused(Scenario(deep), ":8: the nesting is deeper than 64 levels");
    }

    [Theory]
    [InlineData("{ ? [a, b] : 1 }", ":9: a key must be a plain value, not a list or a mapping.")]
    [InlineData("{ ? { a: 1 } : 1 }", ":9: a key must be a plain value, not a list or a mapping.")]
    [InlineData("{ *m : 1 }", ":9: a key must be a plain value, not a list or a mapping.")]
    [InlineData("{ a: *nowhere }", ":9: an alias names no anchor defined before it.")]
    public void AKeyThatIsNotAPlainValue_OrAnAliasToNothing_IsAnErrorWithTheLine(string input, string expected) =>
        AssertRefused("m: &m { a: 1 }\n" + Scenario(input), expected);

    [Theory]
    [InlineData("investigators: [inv-1, inv-2]", "investigators: [[inv-1], { a: 1 }]", ":7: steps[1].investigators[0]: json.wrongType")]
    [InlineData("needs: [temporary]", "needs: [temporary, nothing]", ":6: steps[0].needs[1]: value.unknownName")]
    [InlineData("on: 2026-03-03", "on: [2026]", ":7: steps[1].on: json.wrongType")]
    [InlineData("{ command: approve, on: 2026-03-13 }", "{ command: [approve], on: 2026-03-13 }", ":8: steps[2].command: json.wrongType")]
    [InlineData("householdSize: 3", "householdSize: { n: 3 }", ":4: householdSize: json.wrongType")]
    public void AValueOfTheWrongTypeInACaseStep_IsAnErrorWithFileAndLine_NotADefaultOrACrash(string valid, string hostile, string expected)
    {
        var yaml = """
            scenarios:
              - { name: steps, rule: case, policy: zhifu-pilot, date: 2026-03-02,
                  input: { channel: walkInWindow,
                    householdSize: 3,
                    steps: [
                      { command: accept, needs: [temporary] },
                      { command: startInvestigation, on: 2026-03-03, investigators: [inv-1, inv-2] },
                      { command: approve, on: 2026-03-13 } ] },
                  expect: { outcome: review } }

            """;
        Assert.Contains(valid, yaml, StringComparison.Ordinal);
        var file = Path.Combine(folder, "steps.yaml");
        File.WriteAllText(file, yaml.Replace(valid, hostile, StringComparison.Ordinal));
        var (code, _, error) = Run("test", file);
        Assert.Equal(2, code);
        Assert.True(error.Contains(file + expected, StringComparison.Ordinal), error);
    }

    private static string Scenario(string input) => $"""
        scenarios:
          - name: hostile
            rule: dibao
            policy: zhifu-pilot
            date: 2026-03-01
            input:
              schema: domainkit/household@1
              members: {input}
            expect:
              outcome: eligible

        """;

    private void AssertRefused(string yaml, string expected)
    {
        var file = Path.Combine(folder, "hostile.yaml");
        File.WriteAllText(file, yaml);
        var (code, _, error) = Run("test", file);
        Assert.Equal(2, code);
        Assert.True(error.Contains(file + expected, StringComparison.Ordinal), error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
