using System.Text.RegularExpressions;

namespace DomainKit.Tests.Traceability;

/// <summary>
/// Where the repository cites rule IDs: the library's code and bundled presets, the tests, and the scenario files.
/// </summary>
/// <remarks>
/// A rule is cited by its ID as the specification writes it (<c>ZF-MA-02</c>), anywhere in a file, or in a test's
/// name in the compact form test names use (<c>ZfMa02_</c>). Test citations are attributed to the test method whose
/// declaration, attributes or body hold them, or to the test class when its summary holds them.
/// </remarks>
internal sealed partial class RuleCitations
{
    private RuleCitations(
        IReadOnlyDictionary<string, SortedSet<string>> code,
        IReadOnlyDictionary<string, SortedSet<string>> tests,
        IReadOnlyDictionary<string, SortedSet<string>> scenarios)
    {
        Code = code;
        Tests = tests;
        Scenarios = scenarios;
    }

    /// <summary>For each cited ID, the library files that cite it (paths from the repository root).</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Code { get; }

    /// <summary>For each cited ID, the tests that cite it (<c>Class.Method</c>, or <c>Class</c> for the whole class).</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Tests { get; }

    /// <summary>For each cited ID, the scenario files that cite it (paths from the repository root).</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Scenarios { get; }

    public static string CompactForm(string id) =>
        string.Concat(id.Split('-').Select(part => char.IsDigit(part[0]) ? part : part[0] + part[1..].ToLowerInvariant()));

    public static RuleCitations Scan(string root, IEnumerable<string> knownIds)
    {
        var compact = knownIds.ToDictionary(CompactForm, id => id, StringComparer.Ordinal);
        var code = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Files(root, "src", "*.cs").Concat(Files(root, Path.Combine("src", "DomainKit", "Policies", "Presets"), "*.json")))
        {
            foreach (Match match in IdPattern().Matches(File.ReadAllText(file)))
            {
                Add(code, match.Value, Relative(root, file));
            }
        }

        var tests = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Files(root, Path.Combine("tests", "DomainKit.Tests"), "*.cs"))
        {
            var text = File.ReadAllText(file);
            var methods = MethodPattern().Matches(text).Select(m => (m.Index, Name: m.Groups["name"].Value)).ToArray();
            var className = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            foreach (Match match in IdPattern().Matches(text))
            {
                // Before the first test, a citation is in the class's own summary: the class as a whole checks the rule.
                Add(tests, match.Value, TestAt(methods, text, match.Index) is { } method ? className + "." + method : className);
            }

            foreach (var (index, name) in methods)
            {
                foreach (Match match in CompactPattern().Matches(name))
                {
                    if (compact.TryGetValue(match.Value, out var id))
                    {
                        Add(tests, id, className + "." + name);
                    }
                }
            }
        }

        var scenarios = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Files(root, Path.Combine("tests", "scenarios"), "*.yaml"))
        {
            foreach (Match match in IdPattern().Matches(File.ReadAllText(file)))
            {
                Add(scenarios, match.Value, Relative(root, file));
            }
        }

        return new RuleCitations(code, tests, scenarios);
    }

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    // A citation inside a method belongs to the nearest declaration before it; one in the attributes just above a
    // declaration ([Trait("rule", "EX-04")]) belongs to the declaration that follows.
    private static string? TestAt((int Index, string Name)[] methods, string text, int position)
    {
        var before = Array.FindLastIndex(methods, m => m.Index <= position);
        var lineStart = text.LastIndexOf('\n', position) + 1;
        var isAttribute = text.AsSpan(lineStart, position - lineStart).TrimStart().StartsWith("[", StringComparison.Ordinal);
        if (isAttribute && before + 1 < methods.Length)
        {
            return methods[before + 1].Name;
        }

        return before >= 0 ? methods[before].Name : null;
    }

    private static void Add(Dictionary<string, SortedSet<string>> map, string id, string where)
    {
        if (!map.TryGetValue(id, out var set))
        {
            map[id] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(where);
    }

    /// <summary>A rule ID as the specification writes them: GEN-01, DB-02, ZF-MA-02, SX-PD-00, ZF-ACC-01.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:[A-Z]{2,3}-)?[A-Z]{2,4}-[0-9]{2}(?![0-9A-Za-z])")]
    public static partial Regex IdPattern();

    [GeneratedRegex(@"(?:[A-Z][a-z]{1,3}){1,2}[0-9]{2}(?=_|[A-Z]|$)")]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"public (?:void|bool|async Task|Property) (?<name>[A-Za-z0-9_]+)\(")]
    private static partial Regex MethodPattern();
}
