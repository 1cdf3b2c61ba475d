using System.ComponentModel;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A parameter an explanation step read: its value in effect, from when, and its source.</summary>
[Description("A parameter a step read.")]
public sealed record ParameterUseDocument
{
    /// <summary>The parameter ID, such as <c>dibaoStandardMonthly</c>.</summary>
    [Description("The parameter ID (docs/parameters.md).")]
    public required string Id { get; init; }

    /// <summary>The rule the parameter belongs to.</summary>
    [Description("The rule the parameter belongs to.")]
    public required string Rule { get; init; }

    /// <summary>The value in effect, as text without a unit word.</summary>
    [Description("The value in effect, as culture-invariant text without a unit word.")]
    public required string Value { get; init; }

    /// <summary>The unit, such as <c>yuan/month</c>.</summary>
    [Description("The unit, such as yuan/month.")]
    public required string Unit { get; init; }

    /// <summary>The day the value took effect.</summary>
    [Description("The day the value took effect.")]
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>How sure the value is.</summary>
    [Description("seed, primary, secondary, unconfirmed or illustrative.")]
    public required SourceKind Source { get; init; }

    /// <summary>Where the value comes from.</summary>
    [Description("Where the value comes from.")]
    public required string Citation { get; init; }

    /// <summary>The ID of the layer of a resolved policy set the value came from; absent for a set read from one file.</summary>
    [Description("The ID of the layer (province, city or county file, or the national base) the value came from; absent for a set read from one standalone file.")]
    public string? Layer { get; init; }
}
