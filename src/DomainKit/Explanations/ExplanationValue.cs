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
    private readonly string? tokenTerm;
    private readonly long number;
    private readonly LocalDate date;
    private readonly Kind kind;

    private ExplanationValue(Kind kind, string? text, long number, LocalDate date, string? tokenTerm = null)
    {
        this.kind = kind;
        this.text = text;
        this.tokenTerm = tokenTerm;
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
        Token,
        TermList,
    }

    /// <summary>The message key of a term translated per language; null for any other value.</summary>
    public string? TermKey => kind == Kind.Term ? text : null;

    public static ExplanationValue OfText(string text) => new(Kind.Text, text, 0, default);

    public static ExplanationValue OfTerm(string termKey) => new(Kind.Term, termKey, 0, default);

    // A value the user typed as a token of a contract (applicant, seriousIllness): shown as typed, and with its meaning
    // from the catalogue in the language of the text.
    public static ExplanationValue OfToken(string token, string termKey) => new(Kind.Token, token, 0, default, termKey);

    // Several terms read as one list in the language of the text (调离岗位、免职), kept as their keys joined by a line feed,
    // which no key holds.
    public static ExplanationValue OfTerms(IEnumerable<string> termKeys) => new(Kind.TermList, string.Join('\n', termKeys), 0, default);

    public static ExplanationValue OfAmount(Money amount) => new(Kind.Amount, null, amount.Fen, default);

    public static ExplanationValue OfInteger(long number) => new(Kind.Integer, null, number, default);

    public static ExplanationValue OfDate(LocalDate date) => new(Kind.Date, null, 0, date);

    /// <summary>The value as culture-invariant text; null for a term.</summary>
    public string? Format() => kind switch
    {
        Kind.Text or Kind.Token => text,
        // A list reads, in no language, as the message keys of its terms, so that an integrator's own catalogue can name them.
        Kind.TermList => text!.Replace("\n", ", ", StringComparison.Ordinal),
        Kind.Term => null,
        Kind.Amount => Money.FromFen(number).ToString(),
        Kind.Integer => number.ToString(CultureInfo.InvariantCulture),
        _ => Dates.Format(date),
    };

    // Chinese text writes an amount as a number followed by 元 (1350.00元), as official documents do; English keeps ¥1350.00.
    public static string FormatAmount(Money amount, Language language) =>
        language == Language.ChineseSimplified ? amount.ToString("F", null) + "元" : amount.ToString();

    public string? Format(Language language) => kind switch
    {
        Kind.Amount => FormatAmount(Money.FromFen(number), language),
        // English reads the token itself; Chinese leads with its meaning and keeps the token the file holds beside it.
        Kind.Token when language == Language.ChineseSimplified => MessageCatalog.Get(language, tokenTerm!) + "（" + text + "）",
        Kind.TermList => string.Join(
            language == Language.ChineseSimplified ? "、" : ", ",
            text!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(key => MessageCatalog.Get(language, key))),
        _ => Format(),
    };

    public bool Equals(ExplanationValue other) =>
        kind == other.kind && number == other.number && date == other.date && string.Equals(text, other.text, StringComparison.Ordinal)
        && string.Equals(tokenTerm, other.tokenTerm, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ExplanationValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(kind, text, number, date, tokenTerm);
}
