using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Cli.Scenarios;

/// <summary>One scenario read from a file: which rule to run, on what, under which policy and date, and what to expect.</summary>
internal sealed record Scenario(
    string File,
    int Line,
    string Name,
    string? Description,
    ScenarioRule Rule,
    string Policy,
    LocalDate Date,
    ImmutableArray<ScenarioOverride> Overrides,
    string InputJson,
    ScenarioExpectation Expect)
{
    /// <summary>The line of each JSON path of the input, so a problem with the input is reported where it is written.</summary>
    public IReadOnlyDictionary<string, int> InputLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line where a JSON path of the input is written: its own, or that of the nearest enclosing value.</summary>
    public int LineOf(string path)
    {
        for (var probe = path; ; probe = probe[..Math.Max(0, Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('[')))])
        {
            if (InputLines.TryGetValue(probe, out var line))
            {
                return line;
            }

            if (probe.Length == 0)
            {
                return Line;
            }
        }
    }

    /// <summary>Where the scenario starts, for messages: <c>file.yaml:12</c>.</summary>
    public string Location => $"{File}:{Line}";
}
