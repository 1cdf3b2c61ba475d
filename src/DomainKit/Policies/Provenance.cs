using DomainKit.Explanations;

namespace DomainKit.Policies;

/// <summary>Where a parameter value comes from and how sure it is.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Provenance : IEquatable<Provenance>
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="kind">How sure the value is.</param>
    /// <param name="citation">The document and article, or why the value is illustrative.</param>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is blank, or <paramref name="kind"/> is not defined.</exception>
    public Provenance(SourceKind kind, string citation)
        : this(kind, citation, null)
    {
    }

    /// <summary>Creates a provenance with its citation in Chinese as well.</summary>
    /// <param name="kind">How sure the value is.</param>
    /// <param name="citation">The document and article, or why the value is illustrative.</param>
    /// <param name="chineseCitation">
    /// The same citation in Simplified Chinese, shown in Chinese explanations; null when there is none, and then
    /// <paramref name="citation"/> is shown in every language. A document title stays in its own language in both.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="citation"/> is blank, <paramref name="chineseCitation"/> is given but blank, or <paramref name="kind"/> is not defined.
    /// </exception>
    public Provenance(SourceKind kind, string citation, string? chineseCitation)
        : this(kind, citation, chineseCitation, null)
    {
    }

    private Provenance(SourceKind kind, string citation, string? chineseCitation, PolicyLayerReference? layer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        if (chineseCitation is not null && string.IsNullOrWhiteSpace(chineseCitation))
        {
            throw new ArgumentException("A Chinese citation, when given, must not be blank.", nameof(chineseCitation));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException("The source kind is not defined.", nameof(kind));
        }

        Kind = kind;
        Citation = citation;
        ChineseCitation = chineseCitation;
        Layer = layer;
    }

    /// <summary>How sure the value is.</summary>
    public SourceKind Kind { get; }

    /// <summary>The document and article the value comes from, or why it is only illustrative.</summary>
    public string Citation { get; }

    /// <summary>The citation in Simplified Chinese, or null when only <see cref="Citation"/> is given.</summary>
    public string? ChineseCitation { get; }

    /// <summary>
    /// The layer of a resolved policy set the value came from (a province, city or county file over a national base),
    /// or null for a value of a set read from one standalone file or built in code.
    /// </summary>
    public PolicyLayerReference? Layer { get; }

    /// <summary>The same source, stated as coming from a layer of a resolved set.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The provenance with <see cref="Layer"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layer"/> is null.</exception>
    public Provenance FromLayer(PolicyLayerReference layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Equals(Layer) ? this : new Provenance(Kind, Citation, ChineseCitation, layer);
    }

    /// <summary>Whether the value is confirmed by a source (seed, primary or secondary).</summary>
    public bool IsConfirmed => Kind is SourceKind.Seed or SourceKind.Primary or SourceKind.Secondary;

    /// <summary>The citation to show in a language: the Chinese one in Chinese when there is one, otherwise <see cref="Citation"/>.</summary>
    /// <param name="language">The language of the text it goes into.</param>
    /// <returns>The citation.</returns>
    public string CitationIn(Language language) =>
        language == Language.ChineseSimplified && ChineseCitation is not null ? ChineseCitation : Citation;

    /// <summary>A value stated in the seed essays.</summary>
    /// <param name="citation">Where in the essays.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Seed(string citation) => new(SourceKind.Seed, citation);

    /// <summary>A value read in the primary legal text.</summary>
    /// <param name="citation">The document and article.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Primary(string citation) => new(SourceKind.Primary, citation);

    /// <summary>A value quoted by a secondary or local copy.</summary>
    /// <param name="citation">The document and article, and the copy.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Secondary(string citation) => new(SourceKind.Secondary, citation);

    /// <summary>A value recalled from a named document but not confirmed.</summary>
    /// <param name="citation">The document it is recalled from.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Unconfirmed(string citation) => new(SourceKind.Unconfirmed, citation);

    /// <summary>A value with no source, present only to illustrate.</summary>
    /// <param name="citation">Why the value was chosen.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Illustrative(string citation) => new(SourceKind.Illustrative, citation);

    /// <inheritdoc />
    public bool Equals(Provenance? other) =>
        other is not null && Kind == other.Kind && string.Equals(Citation, other.Citation, StringComparison.Ordinal)
        && string.Equals(ChineseCitation, other.ChineseCitation, StringComparison.Ordinal)
        && Equals(Layer, other.Layer);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Provenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Citation), ChineseCitation is null ? 0 : StringComparer.Ordinal.GetHashCode(ChineseCitation));

    /// <inheritdoc />
    public override string ToString() => $"{SourceKinds.ToToken(Kind)}: {Citation}";
}
