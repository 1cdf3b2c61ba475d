using System.Collections.Immutable;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// How one scenario went: passed, or each expectation that failed with expected against actual, and the explanation.
/// Problems with the input itself (a wrong type, an unknown property, text that is not Unicode), which no scenario
/// means to test unless it expects them, are <see cref="InputErrors"/>, each with the file and line where it is written.
/// </summary>
internal sealed record ScenarioReport(Scenario Scenario, ImmutableArray<string> Failures, string? Explanation)
{
    public ImmutableArray<string> InputErrors { get; init; } = [];

    public bool Passed => Failures.IsEmpty && InputErrors.IsEmpty;
}
