using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit;

/// <summary>
/// A resident identity number (居民身份证号码, policy-spec GEN-03): 18 characters, a six-digit address code,
/// the date of birth, a sequence code and an ISO 7064 MOD 11-2 check character (0-9 or X), as GB 11643-1999 defines.
/// </summary>
/// <remarks>
/// The number is personal data: <see cref="ToString"/> gives only the masked form, and the full number is
/// read deliberately through <see cref="Value"/>. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct ResidentId : IEquatable<ResidentId>
{
    private const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private readonly string? value;

    private ResidentId(string value) => this.value = value;

    /// <summary>The full number, upper-case. Personal data: never log or publish it; use <see cref="Masked"/>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The number with the date of birth and sequence hidden: the address code and the last four characters stay, such as <c>110105********002X</c>.</summary>
    public string Masked => value is null ? string.Empty : value[..6] + new string('*', 8) + value[14..];

    /// <summary>The date of birth the number encodes.</summary>
    public LocalDate BirthDate => value is null ? default : new LocalDate(Digits(6, 4), Digits(10, 2), Digits(12, 2));

    /// <summary>Reads a number, checking its length, characters, date of birth and check character.</summary>
    /// <param name="text">The number; a lower-case x is accepted for the check character.</param>
    /// <returns>The number, or Invalid with code <c>id.length</c>, <c>id.characters</c>, <c>id.birthDate</c> or <c>id.checkCharacter</c>; the message never repeats the number.</returns>
    public static Result<ResidentId> Parse(string? text)
    {
        if (text is null || text.Length != Length)
        {
            return Invalid(ErrorCodes.ResidentIdLength, "A resident ID number has 18 characters.");
        }

        var upper = text.ToUpperInvariant();
        for (var i = 0; i < Length - 1; i++)
        {
            if (upper[i] is < '0' or > '9')
            {
                return Invalid(ErrorCodes.ResidentIdCharacters, "The first 17 characters of a resident ID number are digits.");
            }
        }

        if (upper[^1] is not ((>= '0' and <= '9') or 'X'))
        {
            return Invalid(ErrorCodes.ResidentIdCharacters, "The last character of a resident ID number is a digit or X.");
        }

        var year = int.Parse(upper.AsSpan(6, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(upper.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(upper.AsSpan(12, 2), CultureInfo.InvariantCulture);
        if (year < 1800 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return Invalid(ErrorCodes.ResidentIdBirthDate, "The date of birth in the resident ID number does not exist.");
        }

        return upper[^1] == CheckCharacter(upper)
            ? new ResidentId(upper)
            : Invalid(ErrorCodes.ResidentIdCheckCharacter, "The check character of the resident ID number does not match (GB 11643-1999).");
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    /// <param name="first17Digits">At least 17 characters, the first 17 of them digits.</param>
    /// <returns>The check character, 0-9 or X.</returns>
    /// <exception cref="ArgumentException">Fewer than 17 characters, or a non-digit among them.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first17Digits)
    {
        if (first17Digits.Length < Length - 1)
        {
            throw new ArgumentException("Seventeen digits are needed.", nameof(first17Digits));
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var digit = first17Digits[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("Seventeen digits are needed.", nameof(first17Digits));
            }

            sum += digit * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <inheritdoc />
    public static bool operator ==(ResidentId left, ResidentId right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(ResidentId left, ResidentId right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ResidentId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResidentId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <summary>The masked number, never the full one, so that the number cannot leak through logging or string formatting.</summary>
    /// <returns>The masked number.</returns>
    public override string ToString() => Masked;

    private static Result<ResidentId> Invalid(string code, TranslatableText message) => Result<ResidentId>.Invalid(Errors.At("residentId", code, message));

    private int Digits(int start, int count) => int.Parse(Value.AsSpan(start, count), CultureInfo.InvariantCulture);
}
