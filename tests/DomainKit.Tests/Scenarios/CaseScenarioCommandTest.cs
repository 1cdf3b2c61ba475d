using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Scenarios;

/// <summary>
/// A case scenario's step names its command. A name the runner does not know is refused with the commands it does
/// know, so the message itself says what to write (the tool ships without the documentation pages); and every name
/// the message offers is one the runner accepts.
/// </summary>
public sealed class CaseScenarioCommandTest : IDisposable
{
    private static readonly string[] Known =
    [
        "report", "accept", "startInvestigation", "recordVerification", "requireHomeVisit", "recordHomeVisit", "publishNotice",
        "raiseObjection", "approve", "markSpecialCase", "changeBenefit", "payMonth", "reject", "refer", "notifyRejection", "payFirst",
        "completePaperwork", "lapseGreenChannel", "pay", "recordRecovery", "establishFraud", "completeTask", "assignAccountable",
        "escalate", "recordOutcome", "recordUnmetNeed", "referToCharity", "payCharity", "recordService", "close",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("case-commands-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private int written;

    private string Write(string command)
    {
        var file = Path.Combine(folder, $"step-{++written}.yaml");
        File.WriteAllText(file, $$"""
            scenarios:
              - name: one step
                rule: case
                policy: zhifu-pilot
                date: 2026-03-02
                input:
                  channel: walkInWindow
                  steps:
                    - { command: {{command}}, on: 2026-03-03 }
                expect: { outcome: review }

            """);
        return file;
    }

    [Fact]
    public void AnUnknownCommand_IsRefused_WithTheCommandsTheRunnerKnows_InEitherLanguage()
    {
        var file = Write("approveEverything");
        var (code, _, error) = Run("test", file);
        Assert.Equal(2, code);
        Assert.Contains("steps[0].command", error, StringComparison.Ordinal);
        Assert.Contains("Expected one of: " + string.Join(", ", Known) + ".", error, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/", error, StringComparison.Ordinal);
        Assert.DoesNotContain("approveEverything", error, StringComparison.Ordinal);

        var (_, _, chinese) = Run("test", file, "--lang", "zh-CN");
        Assert.Contains("steps[0].command: value.unknownName 应为以下之一：report, accept,", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCommandTheMessageOffers_IsOneTheRunnerKnows()
    {
        foreach (var command in Known)
        {
            var (_, output, error) = Run("test", Write(command));
            Assert.DoesNotContain("Expected one of: report", output + error, StringComparison.Ordinal);
        }
    }
}
