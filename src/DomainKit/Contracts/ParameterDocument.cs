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

    /// <summary>At least one value, dates strictly increasing; each applies from its date until the next.</summary>
    [Description("At least one value, dates strictly increasing; each applies from its date until the next.")]
    public required ImmutableArray<DatedValueDocument> Values { get; init; }
}
