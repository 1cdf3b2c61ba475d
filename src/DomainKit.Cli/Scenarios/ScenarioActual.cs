using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Explanations;

namespace DomainKit.Cli.Scenarios;

/// <summary>What running a scenario's rule gave: an outcome, amounts and values by name, the explanation, or validation errors.</summary>
internal sealed record ScenarioActual(
    string? Outcome,
    ImmutableDictionary<string, Money> Amounts,
    ImmutableDictionary<string, string> Values,
    Explanation? Explanation,
    ImmutableArray<ValidationError> Errors)
{
    public static ScenarioActual Invalid(IEnumerable<ValidationError> errors) =>
        new(null, ImmutableDictionary<string, Money>.Empty, ImmutableDictionary<string, string>.Empty, null, [.. errors]);
}
