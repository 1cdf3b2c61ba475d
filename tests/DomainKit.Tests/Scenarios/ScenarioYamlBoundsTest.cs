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
    [InlineData("&s { a: *s }")]
    [InlineData("&s [ x, [ *s ] ]")]
    public void AnAliasInsideTheCollectionItsAnchorNames_IsRefused_NotAStackOverflow(string input) =>
        AssertRefused("m: &s { a: 1 }\n" + Scenario(input), ":9: an alias names a list or mapping that contains it.");

    [Fact]
    public void AnAnchorFromAnEarlierDocument_IsNotReachable_SoItCannotHideACycle()
    {
        // Found by fuzzing (tests/fuzz/scenario-yaml/found/crashes-6bedead0296bc91f, reduced): the bounds took the
        // alias for the first document's scalar while the parser tied it to the mapping around it.
        AssertRefused("&C x\n---\n&C\nscenarios: *C\n", ":4: an alias names a list or mapping that contains it.");
    }

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u001B')]
    [InlineData('\u007F')]
    [InlineData('\u0080')]
    [InlineData('\u009F')]
    [InlineData('\uFFFE')]
    public void ACharacterYamlDoesNotAllow_IsRefusedWithItsLine_BeforeTheParserSeesIt(char forbidden)
    {
        // Found by fuzzing: a NUL made YamlDotNet's scanner take 42 s over a 1 KB file.
        AssertRefused(Scenario($"[ {{ relation: applicant{forbidden} }} ]").Replace("\n", "\r\n", StringComparison.Ordinal), ":8: the file holds a control character, which YAML does not allow.");
    }

    [Fact]
    public void TabsLineBreaksChineseAndCharactersBeyondThePlane_AreAllowed()
    {
        var file = Path.Combine(folder, "allowed.yaml");
        File.WriteAllText(file, "# 说明：a tab\t and a character beyond the basic plane 😀\r\n" + Scenario("[ { relation: applicant, birthDate: 1980-01-01 } ]"));
        var (code, output, error) = Run("test", file);
        Assert.True(code == 0, output + error);
    }

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
