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
    ImmutableArray<(string ParameterId, string JsonValue, int Line)> Overrides,
    string InputJson,
    ScenarioExpectation Expect)
{
    /// <summary>Where the scenario starts, for messages: <c>file.yaml:12</c>.</summary>
    public string Location => $"{File}:{Line}";
}
