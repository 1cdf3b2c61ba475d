using System.Diagnostics;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>
/// Every read is bounded by the bytes actually read: a device that never ends, a pipe with no writer, a line or a
/// field longer than any household needs each end quickly with exit code 2 and a message, never a hang or a crash.
/// </summary>
public sealed class InputBoundsTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bounds-").FullName;

    public static TheoryData<string[]> EveryCommandOnAFile => new()
    {
        { ["evaluate", "{0}", "--date", "2026-03-01"] },
        { ["assess", "{0}", "--date", "2026-03-01"] },
        { ["review", "{0}", "--out", "{1}"] },
        { ["review", "{0}", "--out", "{1}", "--input-format", "csv"] },
        { ["compare", "{0}", "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01"] },
        { ["evaluate", "{2}", "--date", "2026-03-01", "--policy", "{0}"] },
        { ["policy", "show", "{0}"] },
        { ["test", "{0}"] },
    };

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(EveryCommandOnAFile))]
    public void ADeviceThatNeverEnds_IsRefusedAsNotAFile(string[] command) =>
        AssertRefusedQuickly(command, "/dev/zero", "not a regular file");

    [Theory]
    [MemberData(nameof(EveryCommandOnAFile))]
    public void APipeWithNoWriter_IsRefusedWithoutWaiting(string[] command)
    {
        var pipe = Path.Combine(folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        AssertRefusedQuickly(command, pipe, "not a regular file");
    }

    [Theory]
    [MemberData(nameof(EveryCommandOnAFile))]
    public void AFileLongerThanAnyInputNeeds_IsRefused_WithoutBeingHeld(string[] command)
    {
        var big = Path.Combine(folder, "big");
        using (var stream = File.Create(big))
        {
            // Twenty megabytes of one line, no newline: over every bound (16 MB a file or line, 1 MB a CSV row).
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'x');
            for (var i = 0; i < 20; i++)
            {
                stream.Write(block);
            }
        }

        AssertRefusedQuickly(command, big, command[0] == "review" || command[0] == "compare" ? "longer than" : "larger than 16 MB");
    }

    [Fact]
    public void TheTestCommand_DoesNotFollowALinkOutOfItsTree_AndReadsAFileNamedTwiceOnce()
    {
        var tree = Directory.CreateDirectory(Path.Combine(folder, "tree")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(folder, "outside")).FullName;
        var scenarios = Path.Combine(AppContext.BaseDirectory, "Repository", "scenarios");
        var sample = Directory.GetFiles(scenarios, "*.yaml").Order(StringComparer.Ordinal).First();
        File.Copy(sample, Path.Combine(tree, "one.yaml"));
        File.Copy(sample, Path.Combine(outside, "two.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(tree, "out"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tree, "loop"), tree);

        var once = Run("test", Path.Combine(tree, "one.yaml"));
        var (code, output, _) = Run("test", tree, tree, Path.Combine(tree, "one.yaml"));
        Assert.Equal(once.Code, code);
        Assert.Equal(once.Output.Split('\n')[^2], output.Split('\n')[^2]);
    }

    private void AssertRefusedQuickly(string[] command, string input, string expected)
    {
        var household = Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "eligible.json");
        var args = command.Select(a => a.Replace("{0}", input, StringComparison.Ordinal)
            .Replace("{1}", Path.Combine(folder, "out"), StringComparison.Ordinal)
            .Replace("{2}", household, StringComparison.Ordinal)).ToArray();
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "the command did not end");
        var (code, _, error) = run.Result;
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out")));
    }
}
