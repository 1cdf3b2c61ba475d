using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DomainKit.Explanations;

namespace DomainKit.Tests.Traceability;

/// <summary>
/// The rule IDs the library cited in explanation steps while the suite ran, by test (<c>Class.Method</c>) or scenario
/// file: traceability by what runs, not by what the files mention. Tests of approved outputs record nothing: a
/// snapshot of what the code printed is a net for change, not evidence that a rule is right.
/// </summary>
internal static class CitationLedger
{
    private static readonly AsyncLocal<string?> Current = new();
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> ByRule = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte> Finished = new(StringComparer.Ordinal);

    /// <summary>The test methods that have run to their end in this process, as <c>Class.Method</c>.</summary>
    public static ICollection<string> FinishedTests => Finished.Keys;

    /// <summary>For each rule ID cited at run time, the tests and scenario files whose runs cited it.</summary>
    public static IReadOnlyDictionary<string, SortedSet<string>> Citations =>
        ByRule.ToDictionary(r => r.Key, r => new SortedSet<string>(r.Value.Keys, StringComparer.Ordinal), StringComparer.Ordinal);

    [ModuleInitializer]
    internal static void Listen() => CitationProbe.Listener = Record;

    /// <summary>Attributes the steps built from now on, in this flow of execution, to a test or a scenario file; null for none.</summary>
    public static void Attribute(string? source) => Current.Value = source;

    public static void Finish(string test) => Finished.TryAdd(test, 0);

    private static void Record(string ruleId)
    {
        // FsCheck runs its properties without xunit's hooks, so their steps are credited to nothing: a property's
        // random cases would make the record differ from run to run, and the record must be the same on every run.
        if (Current.Value is { } source)
        {
            ByRule.GetOrAdd(ruleId, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal)).TryAdd(source, 0);
        }
    }
}
