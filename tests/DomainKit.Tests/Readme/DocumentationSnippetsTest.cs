using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Tests.Readme;

/// <summary>
/// Every C# block of README.md and docs/ is either a whole program, which is compiled against the library, run, and
/// whose output is compared with the <c>text</c> block that follows it, or is marked <c>&lt;!-- snippet: fragment --&gt;</c>
/// (a few lines inside an application, such as ASP.NET Core registration) and then only read. A page whose program
/// does not compile, throws, or prints other than the page shows fails the build.
/// </summary>
[Collection(ConsoleTests.Name)]
public class DocumentationSnippetsTest
{
    private const string FragmentMark = "<!-- snippet: fragment -->";

    private sealed record Block(string Page, int Index, string Code, bool IsFragment, string? Output);

    public static TheoryData<string, int> Programs()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in Blocks().Where(b => !b.IsFragment))
        {
            data.Add(block.Page, block.Index);
        }

        return data;
    }

    [Fact]
    public void EveryBlock_IsAProgramOrMarkedAFragment()
    {
        var blocks = Blocks().ToList();
        Assert.True(blocks.Count >= 15, $"only {blocks.Count} C# blocks found");
        var unmarked = blocks
            .Where(b => !b.IsFragment && !b.Code.TrimStart().StartsWith("using ", StringComparison.Ordinal))
            .Select(b => $"{b.Page} block {b.Index}")
            .ToList();
        Assert.True(unmarked.Count == 0, "A C# block that is not a whole program (starting with its usings) must be marked " + FragmentMark + ":\n" + string.Join("\n", unmarked));
        Assert.True(blocks.Count(b => !b.IsFragment) >= 5, "fewer than five runnable programs in the docs");
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void AProgramOfTheDocs_CompilesRuns_AndPrintsWhatThePageShows(string page, int index)
    {
        var block = Blocks().Single(b => b.Page == page && b.Index == index);
        var assembly = Compile(block.Code, $"{page}#{index}");
        var printed = Run(assembly).ReplaceLineEndings("\n").TrimEnd();
        if (block.Output is not null)
        {
            Assert.Equal(block.Output.TrimEnd(), printed);
        }
    }

    [Fact]
    public void TheCheck_FailsOnAProgramThatDoesNotCompile_OrPrintsOtherwise()
    {
        Assert.Contains("CS0103", Assert.ThrowsAny<Exception>(() => Compile("using DomainKit;\nConsole.WriteLine(NoSuchThing);", "broken")).Message, StringComparison.Ordinal);
        Assert.Equal("¥1.00", Run(Compile("using DomainKit;\nConsole.WriteLine(Money.FromYuan(1m));", "works")).TrimEnd());
    }

    // Read line by line: a C# fence, the fragment mark on the line before it, and a text fence within three lines after it.
    private static IEnumerable<Block> Blocks()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Repository");
        var pages = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Prepend(Path.Combine(root, "README.md"));
        foreach (var path in pages.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
            var page = Path.GetRelativePath(root, path).Replace('\\', '/');
            var index = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i] != "```csharp")
                {
                    continue;
                }

                var fragment = i > 0 && lines[i - 1] == FragmentMark;
                var end = Fence(lines, i + 1);
                var code = string.Join('\n', lines[(i + 1)..end]);
                string? output = null;
                for (var j = end + 1; j < lines.Length && j <= end + 4; j++)
                {
                    if (lines[j] == "```text")
                    {
                        output = string.Join('\n', lines[(j + 1)..Fence(lines, j + 1)]);
                        break;
                    }

                    if (lines[j].StartsWith("```", StringComparison.Ordinal))
                    {
                        break;
                    }
                }

                yield return new Block(page, index++, code, fragment, output);
                i = end;
            }
        }
    }

    private static int Fence(string[] lines, int from)
    {
        var end = from;
        while (end < lines.Length && lines[end] != "```")
        {
            end++;
        }

        return end;
    }

    private static Assembly Compile(string code, string name)
    {
        var usings = "global using System;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Collections.Generic;\n";
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(usings, new CSharpParseOptions(LanguageVersion.Latest)),
            CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)),
        };
        var compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!emitted.Success)
        {
            throw new InvalidOperationException($"{name} does not compile:\n" + string.Join("\n", errors));
        }

        return Assembly.Load(image.ToArray());
    }

    private static string Run(Assembly assembly)
    {
        var previous = Console.Out;
        using var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            var entry = assembly.EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(previous);
        }

        return output.ToString();
    }

    // The framework's assemblies and the library with the packages its users reference.
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(Money).Assembly.Location, typeof(NodaTime.LocalDate).Assembly.Location, typeof(Ardalis.Result.Result).Assembly.Location])
            .Where(path => path.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());
}
