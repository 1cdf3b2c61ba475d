using NodaTime;

namespace DomainKit.Explanations;

/// <summary>A named value filled into a step's reason: either a culture-invariant text or a term translated per language.</summary>
/// <remarks>
/// Immutable and thread-safe. Amounts, numbers and dates are kept typed and formatted when <see cref="Text"/>
/// is read, so building an explanation formats nothing that is never shown.
/// </remarks>
public readonly struct MessageArgument : IEquatable<MessageArgument>
{
    private readonly ExplanationValue value;

    private MessageArgument(string name, ExplanationValue value)
    {
        Name = name;
        this.value = value;
    }

    /// <summary>The placeholder name in the message template.</summary>
    public string Name { get; }

    /// <summary>The value as text, the same in every language (numbers, amounts, dates, tokens; a list of terms as their message keys, comma-separated); null for a single term.</summary>
    public string? Text => value.Format();

    /// <summary>The message key of a term translated per language (such as a relation); null for a text.</summary>
    public string? TermKey => value.TermKey;

    /// <summary>Whether two arguments have the same name and value.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(MessageArgument left, MessageArgument right) => left.Equals(right);

    /// <summary>Whether two arguments differ in name or value.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MessageArgument left, MessageArgument right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(MessageArgument other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && value.Equals(other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessageArgument other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, value);

    /// <inheritdoc />
    public override string ToString() => $"{Name}={Text ?? TermKey}";

    internal static MessageArgument Of(string name, string text) => new(name, ExplanationValue.OfText(text));

    internal static MessageArgument Of(string name, Money amount) => new(name, ExplanationValue.OfAmount(amount));

    internal static MessageArgument Of(string name, long number) => new(name, ExplanationValue.OfInteger(number));

    internal static MessageArgument Of(string name, LocalDate date) => new(name, ExplanationValue.OfDate(date));

    internal static MessageArgument Term(string name, string termKey) => new(name, ExplanationValue.OfTerm(termKey));

    internal static MessageArgument Terms(string name, IEnumerable<string> termKeys) => new(name, ExplanationValue.OfTerms(termKeys));

    internal string Render(Language language) => value.Format(language) ?? (value.TermKey is { } key ? MessageCatalog.Get(language, key) : string.Empty);
}
