using System.Collections.Immutable;

namespace DomainKit.Cli.Scenarios;

/// <summary>How one scenario went: passed, or each expectation that failed with expected against actual, and the explanation.</summary>
internal sealed record ScenarioReport(Scenario Scenario, ImmutableArray<string> Failures, string? Explanation)
{
    public bool Passed => Failures.IsEmpty;
}
