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
    public static ValidationError At(string path, string code, string message) =>
        new(path, message, code, ValidationSeverity.Error);

    public static List<ValidationError> FromFluent(ValidationResult result, string prefix = "") =>
        result.Errors
            .Select(failure => At(Join(prefix, ToJsonPath(failure.PropertyName)), failure.ErrorCode, failure.ErrorMessage))
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
