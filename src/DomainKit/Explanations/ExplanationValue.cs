using System.Globalization;
using NodaTime;

namespace DomainKit.Explanations;

/// <summary>
/// A value an explanation shows, kept in its typed form and formatted only when it is read, so building an
/// explanation formats nothing: most explanations are stored or counted and only some are ever rendered.
/// </summary>
internal readonly struct ExplanationValue : IEquatable<ExplanationValue>
{
    private readonly string? text;
    private readonly long number;
    private readonly LocalDate date;
    private readonly Kind kind;

    private ExplanationValue(Kind kind, string? text, long number, LocalDate date)
    {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    private enum Kind : byte
    {
        Text,
        Term,
        Amount,
        Integer,
        Date,
    }

    /// <summary>The message key of a term translated per language; null for any other value.</summary>
    public string? TermKey => kind == Kind.Term ? text : null;

    public static ExplanationValue OfText(string text) => new(Kind.Text, text, 0, default);

    public static ExplanationValue OfTerm(string termKey) => new(Kind.Term, termKey, 0, default);

    public static ExplanationValue OfAmount(Money amount) => new(Kind.Amount, null, amount.Fen, default);

    public static ExplanationValue OfInteger(long number) => new(Kind.Integer, null, number, default);

    public static ExplanationValue OfDate(LocalDate date) => new(Kind.Date, null, 0, date);

    /// <summary>The value as culture-invariant text; null for a term.</summary>
    public string? Format() => kind switch
    {
        Kind.Text => text,
        Kind.Term => null,
        Kind.Amount => Money.FromFen(number).ToString(),
        Kind.Integer => number.ToString(CultureInfo.InvariantCulture),
        _ => Dates.Format(date),
    };

    public bool Equals(ExplanationValue other) =>
        kind == other.kind && number == other.number && date == other.date && string.Equals(text, other.text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ExplanationValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(kind, text, number, date);
}
