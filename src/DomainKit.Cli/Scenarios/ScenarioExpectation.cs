using System.Collections.Immutable;

namespace DomainKit.Cli.Scenarios;

/// <summary>What a scenario expects: an outcome, amounts exact to the fen, other values, cited rule IDs, validation errors.</summary>
internal sealed record ScenarioExpectation(
    string? Outcome,
    ImmutableDictionary<string, decimal> Amounts,
    ImmutableDictionary<string, string> Values,
    ImmutableArray<string> Cites,
    ImmutableArray<(string Path, string Code)> Errors);
