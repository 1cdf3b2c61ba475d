using Ardalis.Result;
using FluentValidation.Results;

namespace DomainKit.Validation;

/// <summary>Builds <see cref="ValidationError"/> values with the library's path convention.</summary>
/// <remarks>
/// Paths name JSON fields: camelCase segments joined by dots, with indexes in brackets, such as
/// <c>members[2].incomes[0].amount</c>. FluentValidation reports C# property names
/// (<c>Members[2].Incomes[0].Amount</c>); <see cref="FromFluent"/> converts them so one input yields one path
/// whichever layer finds the problem.
/// </remarks>
internal static class Errors
{
    public static ValidationError At(string path, string code, TranslatableText message) =>
        new LocalizedValidationError(path, code, message.Template, message.Arguments);

    /// <summary>Adds an error to a list that is created with its first error, so a valid input allocates nothing.</summary>
    public static void Add(ref List<ValidationError>? errors, string path, string code, TranslatableText message) =>
        (errors ??= []).Add(At(path, code, message));

    /// <summary>Adds an error unless an amount lies between zero and <see cref="Assistance.Household.MaxAmountYuan"/>.</summary>
    /// <returns>Whether the amount lies within the bound.</returns>
    public static bool CheckAmount(Money amount, string path, ref List<ValidationError>? errors)
    {
        if (Assistance.Household.IsAmount(amount))
        {
            return true;
        }

        Add(ref errors, path, ErrorCodes.OutOfRange, "An amount lies between 0 and 10,000,000,000 yuan.");
        return false;
    }

    /// <summary>The same error under another path, keeping what it needs to be given in another language.</summary>
    public static ValidationError WithPath(ValidationError error, string path) => error is LocalizedValidationError localized
        ? new LocalizedValidationError(path, localized.ErrorCode, localized.Template, localized.Arguments)
        : new ValidationError(path, error.ErrorMessage, error.ErrorCode, error.Severity);

    /// <summary>A FluentValidation failure raised by hand in a validator, carrying its message's template.</summary>
    public static ValidationFailure Failure(string path, string code, TranslatableText message) => Failure(path, At(path, code, message));

    /// <summary>A FluentValidation failure for an error found by another check.</summary>
    public static ValidationFailure Failure(string path, ValidationError error) =>
        new(path, error.ErrorMessage) { ErrorCode = error.ErrorCode, CustomState = error };

    // A failure raised by hand carries its error; a declared rule's message is fixed when the rule is declared,
    // so its text is its template.
    public static List<ValidationError> FromFluent(ValidationResult result, string prefix = "") =>
        result.Errors
            .Select(failure =>
            {
                var path = Join(prefix, ToJsonPath(failure.PropertyName));
                return failure.CustomState is ValidationError error ? WithPath(error, path) : At(path, failure.ErrorCode, failure.ErrorMessage);
            })
            .ToList();

    public static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : path[0] == '[' ? prefix + path : prefix + "." + path;

    public static string ToJsonPath(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        var chars = propertyPath.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var startsSegment = i == 0 || chars[i - 1] == '.';
            if (startsSegment && char.IsUpper(chars[i]))
            {
                chars[i] = char.ToLowerInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
