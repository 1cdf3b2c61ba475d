using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/policy-list@1</c> contract: the policy sets a service offers.</summary>
[Description("The policy sets a service offers, each by ID, version and content hash.")]
public sealed record PolicyListDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/policy-list@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The language of names and descriptions: en or zh-CN.</summary>
    [Description("The language of names and descriptions: en or zh-CN.")]
    public required string Language { get; init; }

    /// <summary>The ID of the set used when a request names none.</summary>
    [Description("The ID of the set used when a request names none.")]
    public string? Default { get; init; }

    /// <summary>The sets.</summary>
    [Description("The sets.")]
    public required ImmutableArray<PolicyListItemDocument> Policies { get; init; }
}
