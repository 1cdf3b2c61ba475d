using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// What a scenario expects: an outcome, amounts exact to the fen, other values, cited rule IDs, validation errors
/// (exactly these, or any with <see cref="Invalid"/>), texts per language, explanation steps, and items a list outcome
/// includes or excludes.
/// </summary>
internal sealed record ScenarioExpectation(
    string? Outcome,
    ImmutableDictionary<string, decimal> Amounts,
    ImmutableDictionary<string, string> Values,
    ImmutableArray<string> Cites,
    ImmutableArray<(string Path, string Code)> Errors)
{
    /// <summary>Any Invalid result: then <see cref="Errors"/> (paths and codes) must be among the errors, not all of them.</summary>
    public bool Invalid { get; init; }

    /// <summary>Texts the errors or the explanation must contain, rendered in each language.</summary>
    public ImmutableArray<(Language Language, string Text)> Messages { get; init; } = [];

    /// <summary>Explanation steps that must be there: a rule ID, with an outcome and a text of its reason when given.</summary>
    public ImmutableArray<StepExpectation> Steps { get; init; } = [];

    /// <summary>Items a list outcome (comma-separated) must hold.</summary>
    public ImmutableArray<string> Includes { get; init; } = [];

    /// <summary>Items a list outcome must not hold.</summary>
    public ImmutableArray<string> Excludes { get; init; } = [];
}
