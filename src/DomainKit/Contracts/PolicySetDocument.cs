using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/policy-set@1</c> contract: a policy set's dated parameters (read and written by <see cref="Policies.PolicySetJson"/>).</summary>
[Description("A policy set: dated parameter values with their provenance. A file may hold only some parameters; a rule that needs a missing one reports it as not set.")]
public sealed record PolicySetDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/policy-set@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>1 to 64 lower-case letters, digits and hyphens.</summary>
    [Description("1 to 64 lower-case letters, digits and hyphens.")]
    public required string Id { get; init; }

    /// <summary>A readable name.</summary>
    [Description("A readable name.")]
    public required string Name { get; init; }

    /// <summary>The name in Simplified Chinese, shown in Chinese text; optional.</summary>
    [Description("The name in Simplified Chinese, shown in Chinese text; optional.")]
    public string? NameZh { get; init; }

    /// <summary>The set's version.</summary>
    [Description("The set's version.")]
    public required string Version { get; init; }

    /// <summary>What the set is and where its values come from.</summary>
    [Description("What the set is and where its values come from.")]
    public string? Description { get; init; }

    /// <summary>The description in Simplified Chinese, shown in Chinese text; optional.</summary>
    [Description("The description in Simplified Chinese, shown in Chinese text; optional.")]
    public string? DescriptionZh { get; init; }

    /// <summary>The set this one is a layer over: a bundled policy ID, or a policy file relative to this one.</summary>
    [Description("The set this one is a layer over: a bundled policy ID (national-baseline) or a policy file relative to this one. A layer holds only what it changes.")]
    public string? BasedOn { get; init; }

    /// <summary>The administrative division (GB/T 2260 code) the set is for.</summary>
    [Description("The administrative division the set is for: a GB/T 2260 code of six digits, such as 370602.")]
    public string? Region { get; init; }

    /// <summary>In a resolved set written whole: the layers its values came from, the base first.</summary>
    [Description("In a resolved set written whole: the layers its values came from, the base first. Not in a layer (basedOn).")]
    public ImmutableArray<PolicyLayerDocument>? Layers { get; init; }

    /// <summary>The parameters, keyed by parameter ID (docs/parameters.md).</summary>
    [Description("The parameters, keyed by parameter ID (docs/parameters.md).")]
    public required ImmutableSortedDictionary<string, ParameterDocument> Parameters { get; init; }
}
