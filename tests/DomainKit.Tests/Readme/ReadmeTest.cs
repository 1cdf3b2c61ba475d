using System.Text.RegularExpressions;

namespace DomainKit.Tests.Readme;

[Collection(ConsoleTests.Name)]
public class ReadmeTest
{
    private static string RepositoryFile(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", name));

    private static string Region(string source, string name)
    {
        var match = Regex.Match(source, $@"// <{name}>\r?\n(.*?)\r?\n\s*// </{name}>", RegexOptions.Singleline);
        Assert.True(match.Success, $"region {name} not found");
        return Dedent(match.Groups[1].Value);
    }

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();
    }

    [Fact]
    public void UsageExample_InTheReadme_IsTheCompiledOne()
    {
        var source = RepositoryFile("ReadmeExample.cs.txt");
        var expected = Region(source, "readme-usings") + "\n\n" + Region(source, "readme-body");
        var readme = RepositoryFile("README.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = Regex.Match(readme, "<!-- usage-example -->\n```csharp\n(.*?)\n```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no usage example block after <!-- usage-example -->");
        Assert.Equal(expected, Dedent(block.Groups[1].Value));
    }

    [Fact]
    public void UsageExample_RunsAndPrintsWhatItsCommentsSay()
    {
        var previous = Console.Out;
        using var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            ReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(previous);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Eligible", lines[0]);
        Assert.Equal("¥1350.00", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("[通过] DB-01", StringComparison.Ordinal));
        Assert.Equal("¥1500.00", lines[^1]);
    }
}
