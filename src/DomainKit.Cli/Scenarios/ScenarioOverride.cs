using NodaTime;

namespace DomainKit.Cli.Scenarios;

/// <summary>A value a scenario sets: the parameter, the value as JSON, from a date (the scenario's when none is given), and the line it is written on.</summary>
internal sealed record ScenarioOverride(string ParameterId, string JsonValue, LocalDate? From, int Line);
