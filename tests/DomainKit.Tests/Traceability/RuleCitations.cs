using System.Text.RegularExpressions;

namespace DomainKit.Tests.Traceability;

/// <summary>Where the library's code and bundled presets cite rule IDs, as the specification writes them (<c>ZF-MA-02</c>).</summary>
/// <remarks>
/// What the tests and scenario files check is not read from their text: <see cref="CitationLedger"/> records what
/// their runs make the library cite.
/// </remarks>
internal sealed partial class RuleCitations
{
    private RuleCitations(IReadOnlyDictionary<string, SortedSet<string>> code) => Code = code;

    /// <summary>For each cited ID, the library files that cite it (paths from the repository root).</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Code { get; }

    public static RuleCitations Scan(string root)
    {
        var code = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Files(root, "src", "*.cs").Concat(Files(root, Path.Combine("src", "DomainKit", "Policies", "Presets"), "*.json")))
        {
            foreach (Match match in IdPattern().Matches(File.ReadAllText(file)))
            {
                if (!code.TryGetValue(match.Value, out var set))
                {
                    code[match.Value] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(Relative(root, file));
            }
        }

        return new RuleCitations(code);
    }

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>A rule ID as the specification writes them: GEN-01, DB-02, ZF-MA-02, SX-PD-00, ZF-ACC-01.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:[A-Z]{2,3}-)?[A-Z]{2,4}-[0-9]{2}(?![0-9A-Za-z])")]
    public static partial Regex IdPattern();
}
