using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>One parameter as a reader sees it: what it is, the rule it belongs to, and its values.</summary>
[Description("One parameter: what it is, the rule it belongs to, and its values.")]
public sealed record ParameterViewDocument
{
    /// <summary>The parameter's ID, as in a policy file.</summary>
    [Description("The parameter's ID, as in a policy file.")]
    public required string Id { get; init; }

    /// <summary>The rule of the policy specification it belongs to.</summary>
    [Description("The rule of the policy specification it belongs to (docs/policy-spec-ids.md).")]
    public required string Rule { get; init; }

    /// <summary>The unit, such as yuan/month.</summary>
    [Description("The unit, such as yuan/month.")]
    public required string Unit { get; init; }

    /// <summary>What the parameter is, in the reader's language.</summary>
    [Description("What the parameter is, in the reader's language.")]
    public required string Description { get; init; }

    /// <summary>Whether a policy may leave the parameter out.</summary>
    [Description("Whether a policy may leave the parameter out (the programme is then not decided).")]
    public required bool Optional { get; init; }

    /// <summary>The values listed: the one in effect on the date, or the whole history in date order.</summary>
    [Description("The values listed: the one in effect on the date (none before the first), or the whole history in date order.")]
    public required ImmutableArray<ParameterValueViewDocument> Values { get; init; }
}
