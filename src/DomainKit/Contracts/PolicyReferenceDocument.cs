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
}
