using NodaTime;

namespace DomainKit.Explanations;

/// <summary>An input a step read: its field path and its value.</summary>
/// <remarks>
/// Inputs are facts a rule needs (dates, amounts, counts, relations), never names, ID numbers,
/// addresses or diagnoses. Immutable and thread-safe; amounts, numbers and dates are formatted when
/// <see cref="Value"/> is read.
/// </remarks>
public readonly struct InputReading : IEquatable<InputReading>
{
    private readonly ExplanationValue value;

    private InputReading(string path, ExplanationValue value)
    {
        Path = path;
        this.value = value;
    }

    /// <summary>The JSON field path, such as <c>members[1].birthDate</c>.</summary>
    public string Path { get; }

    /// <summary>The value, formatted culture-invariantly.</summary>
    public string Value => value.Format() ?? string.Empty;

    /// <summary>Whether two readings have the same path and value.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(InputReading left, InputReading right) => left.Equals(right);

    /// <summary>Whether two readings differ in path or value.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(InputReading left, InputReading right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(InputReading other) => string.Equals(Path, other.Path, StringComparison.Ordinal) && value.Equals(other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InputReading other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, value);

    /// <inheritdoc />
    public override string ToString() => $"{Path}={Value}";

    internal static InputReading Of(string path, string value) => new(path, ExplanationValue.OfText(value));

    internal static InputReading Of(string path, string token, string termKey) => new(path, ExplanationValue.OfToken(token, termKey));

    internal static InputReading Of(string path, Money amount) => new(path, ExplanationValue.OfAmount(amount));

    internal static InputReading Of(string path, long number) => new(path, ExplanationValue.OfInteger(number));

    internal static InputReading Of(string path, LocalDate date) => new(path, ExplanationValue.OfDate(date));

    internal static InputReading Of(string path, bool flag) => new(path, ExplanationValue.OfToken(flag ? "true" : "false", flag ? MessageKeys.FlagTrue : MessageKeys.FlagFalse));

    internal string ValueIn(Language language) => value.Format(language) ?? string.Empty;
}
