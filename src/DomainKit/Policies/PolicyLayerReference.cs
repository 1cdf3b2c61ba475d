using DomainKit.Explanations;

namespace DomainKit.Policies;

/// <summary>
/// A layer of a resolved policy set: the policy file a value came from, named so that an explanation can say
/// "Yantai city layer: 烟台市 2026 notice". A set read from one standalone file has no layers.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PolicyLayerReference : IEquatable<PolicyLayerReference>
{
    /// <summary>Creates a reference to a layer.</summary>
    /// <param name="id">The layer's policy ID.</param>
    /// <param name="name">The layer's name.</param>
    /// <param name="chineseName">The layer's name in Simplified Chinese, or null.</param>
    /// <param name="region">The division the layer is for, or null for a layer that is not tied to one (a national base).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    public PolicyLayerReference(string id, string name, string? chineseName, RegionCode? region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        ChineseName = string.IsNullOrWhiteSpace(chineseName) ? null : chineseName;
        Region = region;
    }

    /// <summary>The layer's policy ID, such as <c>yantai-city</c>.</summary>
    public string Id { get; }

    /// <summary>The layer's name.</summary>
    public string Name { get; }

    /// <summary>The layer's name in Simplified Chinese, or null.</summary>
    public string? ChineseName { get; }

    /// <summary>The administrative division the layer is for, or null.</summary>
    public RegionCode? Region { get; }

    /// <summary>The name to show in a language: the Chinese one in Chinese when there is one, otherwise <see cref="Name"/>.</summary>
    /// <param name="language">The language of the text it goes into.</param>
    /// <returns>The name.</returns>
    public string NameIn(Language language) =>
        language == Language.ChineseSimplified && ChineseName is not null ? ChineseName : Name;

    /// <inheritdoc />
    public bool Equals(PolicyLayerReference? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal)
        && Region == other.Region;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyLayerReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Name), Region);

    /// <inheritdoc />
    public override string ToString() => Region is { } region ? $"{Id} ({region})" : Id;
}
