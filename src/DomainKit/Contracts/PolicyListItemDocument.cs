using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>One policy set a service offers.</summary>
[Description("One policy set.")]
public sealed record PolicyListItemDocument
{
    /// <summary>The set's ID.</summary>
    [Description("The set's ID.")]
    public required string Id { get; init; }

    /// <summary>The set's version.</summary>
    [Description("The set's version.")]
    public required string Version { get; init; }

    /// <summary>The SHA-256 of the set as a policy file.</summary>
    [Description("sha256: and 64 hex digits: the hash of the set as a policy file.")]
    public required string ContentHash { get; init; }

    /// <summary>The set's name in the reader's language.</summary>
    [Description("The set's name in the reader's language.")]
    public required string Name { get; init; }

    /// <summary>What the set is, in the reader's language.</summary>
    [Description("What the set is, in the reader's language.")]
    public required string Description { get; init; }

    /// <summary>The administrative division (GB/T 2260) a regional set is in force in.</summary>
    [Description("The administrative division (GB/T 2260) a regional set is in force in.")]
    public string? Region { get; init; }
}
