namespace DomainKit.Tests.Outputs;

/// <summary>
/// Compares what the library writes with a reviewed copy kept in the repository (an approval test). Everything a
/// rule decides is in the text, down to each explanation step's rule, outcome, message, arguments, parameters and
/// inputs, so a change to any of them fails the test until the new text is reviewed and approved.
/// </summary>
/// <remarks>
/// <c>DOMAINKIT_APPROVE=1 dotnet test DomainKit.sln -c Release --filter FullyQualifiedName~Outputs</c> rewrites
/// the approved files; <c>git diff tests/DomainKit.Tests/Outputs</c> then shows what changed, for review.
/// </remarks>
internal static class ApprovedText
{
    public static void Verify(string name, string received)
    {
        received = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(RepositoryRoot.Path, "tests", "DomainKit.Tests", "Outputs", name + ".approved.txt");
        if (Environment.GetEnvironmentVariable("DOMAINKIT_APPROVE") == "1")
        {
            File.WriteAllText(path, received);
        }

        Assert.True(File.Exists(path), $"{name}.approved.txt is missing; write it with DOMAINKIT_APPROVE=1 and review it.");
        var approved = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lines = received.Split('\n');
        for (var i = 0; i < Math.Max(approved.Length, lines.Length); i++)
        {
            var expected = i < approved.Length ? approved[i] : "(end of file)";
            var actual = i < lines.Length ? lines[i] : "(end of file)";
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                Assert.Fail($"{name} differs from its approved text at line {i + 1} ({Context(lines, i)}):\n  approved: {expected}\n  received: {actual}\n"
                    + "Review the change; if it is right, approve it with DOMAINKIT_APPROVE=1.");
            }
        }
    }

    // The nearest heading above the difference, so the message names the case that changed.
    private static string Context(string[] lines, int index)
    {
        for (var i = Math.Min(index, lines.Length - 1); i >= 0; i--)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                return lines[i][3..];
            }
        }

        return "before the first case";
    }
}
