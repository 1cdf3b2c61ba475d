using System.ComponentModel;
using System.Text.Json;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A parameter's value from a date, with its provenance and its text in the reader's language.</summary>
[Description("A value from a date, with where it comes from and how a reader of the language reads it.")]
public sealed record ParameterValueViewDocument
{
    /// <summary>The day the value takes effect.</summary>
    [Description("The day the value takes effect.")]
    public required LocalDate From { get; init; }

    /// <summary>The value, written as a policy file writes it.</summary>
    [Description("The value, written as a policy file writes it (domainkit/policy-set@1).")]
    public required JsonElement Value { get; init; }

    /// <summary>seed, primary, secondary, unconfirmed or illustrative.</summary>
    [Description("seed, primary, secondary, unconfirmed or illustrative.")]
    public required SourceKind Source { get; init; }

    /// <summary>Where the value comes from.</summary>
    [Description("Where the value comes from.")]
    public required string Citation { get; init; }

    /// <summary>The citation in Simplified Chinese, when the set gives one.</summary>
    [Description("The citation in Simplified Chinese, when the set gives one.")]
    public string? CitationZh { get; init; }

    /// <summary>The layer of a regional set the value came from.</summary>
    [Description("The layer of a regional set the value came from.")]
    public string? Layer { get; init; }

    /// <summary>The value as a reader of the language reads it (¥950.00, 80%).</summary>
    [Description("The value as a reader of the language reads it (¥950.00; 950.00 in Chinese, where the unit follows).")]
    public required string Display { get; init; }

    /// <summary>Whether this is the value in effect on the date asked about.</summary>
    [Description("Whether this is the value in effect on the date asked about.")]
    public required bool InEffect { get; init; }
}
