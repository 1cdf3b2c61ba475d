using DomainKit.Explanations;

namespace DomainKit.Cli.Scenarios;

/// <summary>An explanation step a scenario expects: its rule ID, and when given its outcome and a text its reason holds (in either language).</summary>
internal sealed record StepExpectation(string Rule, StepOutcome? Outcome, string? Text, int Line);
