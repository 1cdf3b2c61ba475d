using System.Reflection;

namespace DomainKit.Tests.Traceability;

/// <summary>What the whole run made the library cite, once every other test has finished (<see cref="CitationLedger"/>).</summary>
internal static class RuntimeCitations
{
    /// <summary>The test methods of the suite other than the traceability tests, as <c>Class.Method</c>.</summary>
    public static IReadOnlySet<string> SuiteTests { get; } = typeof(RuntimeCitations).Assembly.GetTypes()
        .Where(t => t != typeof(TraceabilityTest))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        // FsCheck's properties run without xunit's hooks, so their end is not seen: the facts and theories tell a whole run.
        .Where(m => m.GetCustomAttributes<FactAttribute>().Any(f => f.Skip is null) && !m.IsDefined(typeof(FsCheck.Xunit.PropertyAttribute)))
        .Select(RecordCitationsAttribute.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The suite tests that have not run in this process: none when the whole suite ran before the traceability tests.</summary>
    public static IReadOnlyList<string> NotRun() => [.. SuiteTests.Except(CitationLedger.FinishedTests, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
