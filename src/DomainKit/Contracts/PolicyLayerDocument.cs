using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>A layer a resolved policy set was built from: the policy file's ID, names and region.</summary>
[Description("A layer a resolved policy set was built from.")]
public sealed record PolicyLayerDocument
{
    /// <summary>The layer's policy ID.</summary>
    [Description("The layer's policy ID.")]
    public required string Id { get; init; }

    /// <summary>The layer's name.</summary>
    [Description("The layer's name.")]
    public required string Name { get; init; }

    /// <summary>The layer's name in Simplified Chinese; optional.</summary>
    [Description("The layer's name in Simplified Chinese; optional.")]
    public string? NameZh { get; init; }

    /// <summary>The division the layer is for (GB/T 2260); optional.</summary>
    [Description("The division the layer is for: a GB/T 2260 code of six digits; optional.")]
    public string? Region { get; init; }
}
