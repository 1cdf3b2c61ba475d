using System.ComponentModel;
using System.Text.Json;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A parameter's value from a date, with its provenance.</summary>
[Description("A value from a date, with where it comes from.")]
public sealed record DatedValueDocument
{
    /// <summary>The day the value takes effect.</summary>
    [Description("The day the value takes effect.")]
    public required LocalDate From { get; init; }

    /// <summary>The value: a number within the parameter's bounds (amounts in yuan to the fen, fractions as decimals, months and counts as whole numbers), or the structured value the parameter takes (docs/json-contracts.md).</summary>
    [Description("The value: a number within the parameter's bounds (amounts in yuan to the fen, fractions as decimals, months and counts as whole numbers), or the structured value the parameter takes (docs/json-contracts.md).")]
    public required JsonElement Value { get; init; }

    /// <summary>seed, primary, secondary, unconfirmed or illustrative.</summary>
    [Description("seed, primary, secondary, unconfirmed or illustrative.")]
    public required SourceKind Source { get; init; }

    /// <summary>Where the value comes from; not blank.</summary>
    [Description("Where the value comes from; not blank.")]
    public required string Citation { get; init; }

    /// <summary>The citation in Simplified Chinese, shown in Chinese explanations; optional, not blank when given.</summary>
    [Description("The citation in Simplified Chinese, shown in Chinese explanations; optional, not blank when given.")]
    public string? CitationZh { get; init; }

    /// <summary>In a resolved set written whole: the ID of the layer (under the set's <c>layers</c>) the value came from.</summary>
    [Description("In a resolved set written whole: the ID of the layer (listed under layers) the value came from.")]
    public string? Layer { get; init; }
}
