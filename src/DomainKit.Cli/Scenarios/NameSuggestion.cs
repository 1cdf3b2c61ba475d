namespace DomainKit.Cli.Scenarios;

/// <summary>The known name closest to a misspelt one, for "Did you mean ...?" in a scenario file's problems.</summary>
internal static class NameSuggestion
{
    /// <summary>The allowed name within two edits of <paramref name="given"/> (or a third of its length), or null.</summary>
    public static string? Closest(string given, IEnumerable<string> allowed) =>
        allowed
            .Select(name => (Name: name, Distance: Distance(given, name)))
            .Where(c => c.Distance > 0 && c.Distance <= Math.Max(2, given.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>What joins the suggestion to the sentence before it: a space in English, nothing after a Chinese full stop.</summary>
    public static string Separator(CliText text) => text.Language == Explanations.Language.ChineseSimplified ? string.Empty : " ";

    // Edit distance, case-insensitive; names longer than any key, rule, parameter or token are not compared.
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
