using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/policy-registry@1</c> contract: local policy layers by region (read by <see cref="Policies.PolicyRegionRegistry"/>).</summary>
[Description("Local policy layers by administrative division (GB/T 2260): policy files relative to the registry, each naming its region.")]
public sealed record PolicyRegistryDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = Policies.PolicyRegionRegistry.Schema;

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The layer files, relative to the registry.</summary>
    [Description("The layer files (domainkit/policy-set@1 with a region), relative to the registry; at most 4,096, one per region.")]
    public required ImmutableArray<string> Layers { get; init; }
}
