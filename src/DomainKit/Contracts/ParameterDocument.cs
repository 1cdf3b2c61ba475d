using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>One parameter of a policy set with its dated values.</summary>
[Description("One parameter with its dated values.")]
public sealed record ParameterDocument
{
    /// <summary>The rule the parameter belongs to; when given, it must match.</summary>
    [Description("The rule the parameter belongs to; when given, it must match.")]
    public string? Rule { get; init; }

    /// <summary>The unit, such as yuan/month; when given, it must match.</summary>
    [Description("The unit, such as yuan/month; when given, it must match.")]
    public string? Unit { get; init; }

    /// <summary>
    /// The whole timeline: at least one value, dates strictly increasing; each applies from its date until the next.
    /// In a layer it replaces the base's timeline. Give this or <see cref="Add"/>.
    /// </summary>
    [Description("The whole timeline: at least one value, dates strictly increasing; each applies from its date until the next. In a layer (basedOn) it replaces the base's timeline. Give values or add, not both.")]
    public ImmutableArray<DatedValueDocument>? Values { get; init; }

    /// <summary>
    /// In a layer only: values added to the base's timeline of this parameter; the base's values on other dates stay,
    /// one on the same date is replaced.
    /// </summary>
    [Description("In a layer (basedOn) only: values added to the base's timeline; the base's values on other dates stay and one on the same date is replaced.")]
    public ImmutableArray<DatedValueDocument>? Add { get; init; }
}
