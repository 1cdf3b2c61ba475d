using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A mistake tolerated under fault tolerance.</summary>
[Description("A mistake tolerated under fault tolerance.")]
public sealed record ToleratedMistakeDocument
{
    /// <summary>The mistake's ID, 1 to 64 characters.</summary>
    [Description("The mistake's ID, 1 to 64 characters.")]
    public required string Id { get; init; }

    /// <summary>The day tolerance was decided.</summary>
    [Description("The day tolerance was decided.")]
    public required LocalDate DecidedOn { get; init; }

    /// <summary>exempted or mitigated.</summary>
    [Description("exempted or mitigated.")]
    public required ToleranceOutcome Outcome { get; init; }
}
