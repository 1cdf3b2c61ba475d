using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Tests.Readme;

/// <summary>
/// Every C# block of README.md and docs/ is either a whole program, which is compiled against the library, run, and
/// whose output is compared with the <c>text</c> block that follows it, or is a fragment: a few lines inside an
/// application, marked with what they assume, <c>&lt;!-- snippet: fragment IResult(Household household, LocalDate date) --&gt;</c>
/// (return type and parameters both optional). A fragment is compiled as the body of a method with those parameters,
/// against the library, its packages, the DI package and ASP.NET Core, so a renamed type or a wrong signature fails.
/// A page whose code does not compile, throws, or prints other than the page shows fails the build.
/// </summary>
[Collection(ConsoleTests.Name)]
public partial class DocumentationSnippetsTest
{
    private const string FragmentMark = "<!-- snippet: fragment -->";

    private sealed record Block(string Page, int Index, string Code, Fragment? Fragment, string? Output)
    {
        public bool IsFragment => Fragment is not null;
    }

    // What a fragment assumes: the type it returns (void when none is given) and its free variables as parameters.
    private sealed record Fragment(string Returns, string Parameters);

    [GeneratedRegex(@"^<!-- snippet: fragment(?:\s+(?<returns>[A-Za-z][\w.<>?]*))?(?:\((?<parameters>[^)]*)\))? -->$")]
    private static partial Regex FragmentMarkPattern();

    public static TheoryData<string, int> Fragments()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in Blocks().Where(b => b.IsFragment))
        {
            data.Add(block.Page, block.Index);
        }

        return data;
    }

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

    [Theory]
    [MemberData(nameof(Fragments))]
    public void AFragmentOfTheDocs_Compiles_WithWhatItsMarkSaysItAssumes(string page, int index)
    {
        var block = Blocks().Single(b => b.Page == page && b.Index == index);
        Assert.NotNull(CompileFragment(block.Code, block.Fragment!, $"{page}#{index}"));
    }

    [Fact]
    public void TheCheck_FailsOnAProgramThatDoesNotCompile_OrPrintsOtherwise()
    {
        Assert.Contains("CS0103", Assert.ThrowsAny<Exception>(() => Compile("using DomainKit;\nConsole.WriteLine(NoSuchThing);", "broken")).Message, StringComparison.Ordinal);
        Assert.Equal("¥1.00", Run(Compile("using DomainKit;\nConsole.WriteLine(Money.FromYuan(1m));", "works")).TrimEnd());
    }

    [Fact]
    public void TheCheck_FailsOnAFragmentThatUsesWhatItsMarkDoesNotDeclare_OrCallsWhatDoesNotExist()
    {
        var plain = Assert.Single(ReadMark("<!-- snippet: fragment -->"));
        var declared = Assert.Single(ReadMark("<!-- snippet: fragment Microsoft.AspNetCore.Http.IResult(Household household, LocalDate date) -->"));
        Assert.Equal(new Fragment("void", ""), plain);
        Assert.Equal(new Fragment("Microsoft.AspNetCore.Http.IResult", "Household household, LocalDate date"), declared);
        Assert.Empty(ReadMark("<!-- snippet: fragmentary -->"));

        var undeclared = Assert.ThrowsAny<Exception>(() => CompileFragment("Console.WriteLine(household);", plain, "undeclared"));
        Assert.Contains("CS0103", undeclared.Message, StringComparison.Ordinal);
        var renamed = Assert.ThrowsAny<Exception>(() => CompileFragment("var d = Dibao.NoSuchMethod(household, PolicySets.ZhifuPilot, date);\nreturn Results.Ok();", declared, "renamed"));
        Assert.Contains("CS0117", renamed.Message, StringComparison.Ordinal);
        Assert.NotNull(CompileFragment("var d = Dibao.Decide(household, PolicySets.ZhifuPilot, date);\nreturn Results.Ok(d.IsSuccess);", declared, "works"));
    }

    private static IEnumerable<Fragment> ReadMark(string line)
    {
        var match = FragmentMarkPattern().Match(line);
        if (match.Success)
        {
            yield return new Fragment(
                match.Groups["returns"].Success ? match.Groups["returns"].Value : "void",
                match.Groups["parameters"].Value.Trim());
        }
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

                var fragment = i > 0 ? ReadMark(lines[i - 1]).FirstOrDefault() : null;
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

    private const string ImplicitUsings = "global using System;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Collections.Generic;\n";

    private static Assembly Compile(string code, string name) =>
        Emit([ImplicitUsings, code], OutputKind.ConsoleApplication, name);

    // A fragment sees what an application around it would: every namespace of the library, its packages, the DI,
    // HTTP API and PostgreSQL store packages (with Marten), ASP.NET Core's minimal API with its OpenAPI package and the Scalar page, as the implicit
    // usings and the usings of such an application give.
    private static Assembly CompileFragment(string code, Fragment fragment, string name)
    {
        var namespaces = new[] { typeof(Money).Assembly, typeof(DomainKit.Extensions.DependencyInjection.DomainKitOptions).Assembly, typeof(DomainKit.AspNetCore.DomainKitApiOptions).Assembly, typeof(DomainKit.Marten.MartenCaseStore).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Namespace!)
            .Concat(["NodaTime", "Ardalis.Result", "System.Text.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.OpenApi", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Configuration", "System.Threading.Tasks", "Scalar.AspNetCore", "Marten"])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var usings = ImplicitUsings + string.Concat(namespaces.Select(n => $"global using {n};\n"));
        var method = $"internal static class DocumentationFragment\n{{\n    internal static {fragment.Returns} Run({fragment.Parameters})\n    {{\n#line 1\n{code}\n    }}\n}}\n";
        return Emit([usings, method], OutputKind.DynamicallyLinkedLibrary, name);
    }

    private static Assembly Emit(string[] sources, OutputKind kind, string name)
    {
        var compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            References.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
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

    // The frameworks' assemblies (.NET and ASP.NET Core) and the library with the packages its users reference.
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([
                typeof(Money).Assembly.Location,
                typeof(NodaTime.LocalDate).Assembly.Location,
                typeof(Ardalis.Result.Result).Assembly.Location,
                typeof(DomainKit.Extensions.DependencyInjection.DomainKitOptions).Assembly.Location,
                typeof(DomainKit.AspNetCore.DomainKitApiOptions).Assembly.Location,
                typeof(Microsoft.AspNetCore.OpenApi.OpenApiOptions).Assembly.Location,
                typeof(Microsoft.OpenApi.OpenApiDocument).Assembly.Location,
                typeof(Scalar.AspNetCore.ScalarOptions).Assembly.Location,
                typeof(DomainKit.Marten.MartenCaseStore).Assembly.Location,
                typeof(global::Marten.IDocumentStore).Assembly.Location,
                typeof(JasperFx.Events.IEvent).Assembly.Location,
                typeof(JasperFx.AutoCreate).Assembly.Location,
                typeof(Weasel.Core.Migrations.IFeatureSchema).Assembly.Location,
                typeof(Npgsql.NpgsqlConnection).Assembly.Location,
            ])
            .Where(path => path.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());
}
