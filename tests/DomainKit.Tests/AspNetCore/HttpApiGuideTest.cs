using System.Diagnostics;
using System.Text;

namespace DomainKit.Tests.AspNetCore;

/// <summary>
/// Every curl example of docs/guides/http-api.md, run with the real curl against the API served by Kestrel on loopback:
/// each <c>console</c> block is a <c>$ curl …</c> command followed by what it prints, where a line <c>…</c> stands for
/// lines left out. The lines between two <c>…</c> must appear together and in that order in what curl prints.
/// </summary>
public sealed class HttpApiGuideTest
{
    private const string Gap = "…";
    private const string DocumentedAddress = "http://127.0.0.1:5080";

    private static readonly string Guide = Path.Combine(RepositoryRoot.Path, "docs", "guides", "http-api.md");

    private sealed record Example(int Line, string Command, string[] Expected);

    public static TheoryData<int> ExampleLines()
    {
        var data = new TheoryData<int>();
        foreach (var example in Examples())
        {
            data.Add(example.Line);
        }

        return data;
    }

    [Fact]
    public void TheGuide_WalksThroughEveryEndpointKind()
    {
        var commands = Examples().Select(e => e.Command).ToList();
        Assert.True(commands.Count >= 6, $"only {commands.Count} examples");
        foreach (var path in new[] { "/api/policies", "/parameters/", "/api/assess", "/decide", "/api/compare" })
        {
            Assert.Contains(commands, c => c.Contains(path, StringComparison.Ordinal));
        }

        Assert.All(commands, c => Assert.Contains(DocumentedAddress, c, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleLines))]
    public async Task Example_PrintsWhatTheGuideShows(int line)
    {
        var example = Examples().Single(e => e.Line == line);
        await using var host = await ApiHost.StartOnLoopback();
        var command = example.Command.Replace(DocumentedAddress, host.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        var printed = await Curl(command);
        var lines = printed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var from = 0;
        foreach (var part in Parts(example.Expected))
        {
            var at = IndexOf(lines, part, from);
            Assert.True(at >= 0, $"docs/guides/http-api.md line {line}: these lines were not printed{(from > 0 ? " after the ones before them" : string.Empty)}:\n{string.Join('\n', part)}\n--- curl printed:\n{printed}");
            from = at + part.Length;
        }

        if (example.Expected[^1] != Gap)
        {
            Assert.True(lines.Skip(from).All(string.IsNullOrEmpty), $"docs/guides/http-api.md line {line}: curl printed more than the guide shows:\n{printed}");
        }
    }

    private static IEnumerable<Example> Examples()
    {
        var lines = File.ReadAllLines(Guide);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```console")
            {
                continue;
            }

            var start = i + 1;
            var command = new StringBuilder();
            var j = start;
            Assert.StartsWith("$ ", lines[j], StringComparison.Ordinal);
            command.Append(lines[j][2..]);
            while (lines[j].EndsWith('\\'))
            {
                j++;
                command.Append('\n').Append(lines[j]);
            }

            var expected = new List<string>();
            for (j++; lines[j] != "```"; j++)
            {
                expected.Add(lines[j]);
            }

            i = j;
            yield return new Example(start + 1, command.ToString(), [.. expected]);
        }
    }

    private static IEnumerable<string[]> Parts(string[] expected)
    {
        var part = new List<string>();
        foreach (var line in expected)
        {
            if (line == Gap)
            {
                if (part.Count > 0)
                {
                    yield return [.. part];
                }

                part.Clear();
            }
            else
            {
                part.Add(line);
            }
        }

        if (part.Count > 0)
        {
            yield return [.. part];
        }
    }

    private static int IndexOf(string[] lines, string[] part, int from)
    {
        for (var i = from; i + part.Length <= lines.Length; i++)
        {
            if (part.Select((line, k) => lines[i + k] == line).All(same => same))
            {
                return i;
            }
        }

        return -1;
    }

    private static async Task<string> Curl(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The shell did not start.");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"curl ran past 60 s: {command}");
        }

        Assert.True(process.ExitCode == 0, $"`{command}` exited with {process.ExitCode} (is curl installed?): {await errors}");
        return await output;
    }
}
