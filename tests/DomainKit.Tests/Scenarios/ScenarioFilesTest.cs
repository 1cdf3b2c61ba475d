using DomainKit.Cli;
using DomainKit.Cli.Scenarios;

namespace DomainKit.Tests.Scenarios;

/// <summary>Every scenario under tests/scenarios/ is one test case, so CI runs them all.</summary>
public class ScenarioFilesTest
{
    private static readonly DomainKit.Cli.CliText English = new(DomainKit.Explanations.Language.English);

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Repository", "scenarios");

    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in TestCommand.Files([Folder]))
        {
            var (scenarios, problems) = ScenarioFile.Load(file, English);
            if (!problems.IsEmpty)
            {
                // A file that cannot be read still becomes a case, which fails with its problems.
                data.Add(Path.GetFileName(file), string.Empty);
                continue;
            }

            foreach (var scenario in scenarios)
            {
                data.Add(Path.GetFileName(file), scenario.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_Passes(string file, string name)
    {
        var (scenarios, problems) = ScenarioFile.Load(Path.Combine(Folder, file), English);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        // What the scenario makes the library cite counts for its file, as testers read traceability by file.
        DomainKit.Tests.Traceability.CitationLedger.Attribute("tests/scenarios/" + file);
        var report = ScenarioRunner.Run(scenarios.Single(s => s.Name == name), English);
        Assert.True(report.Passed, string.Join("\n", report.Failures) + "\n" + report.Explanation);
    }

    [Fact]
    public void TheScenarioFolder_HoldsScenariosForEveryRuleTheRunnerKnows()
    {
        var rules = TestCommand.Files([Folder]).SelectMany(f => ScenarioFile.Load(f, English).Scenarios).Select(s => s.Rule).ToHashSet();
        Assert.Equal(Enum.GetValues<ScenarioRule>().ToHashSet(), rules);
    }
}
