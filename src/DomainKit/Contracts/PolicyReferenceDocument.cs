using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The policy set a decision was made under.</summary>
[Description("The policy set a decision was made under.")]
public sealed record PolicyReferenceDocument
{
    /// <summary>The policy set's ID.</summary>
    [Description("The policy set's ID.")]
    public required string Id { get; init; }

    /// <summary>The policy set's version.</summary>
    [Description("The policy set's version.")]
    public required string Version { get; init; }

    /// <summary>Whether parameters were overridden.</summary>
    [Description("true when parameters were overridden, as in a reform.")]
    public required bool Modified { get; init; }

    /// <summary>The SHA-256 of the policy set as a policy file (<see cref="Policies.PolicySet.ContentHash"/>); absent in documents written before it was added.</summary>
    [Description("sha256: and 64 hex digits: the hash of the policy set as a policy file, which tells apart two sets that share an ID and version.")]
    public string? ContentHash { get; init; }
}
