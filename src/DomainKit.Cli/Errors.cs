using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Cli;

/// <summary>Validation errors about the command line itself, in the same shape as the library's.</summary>
internal static class Errors
{
    public static ValidationError Of(string path, string code, string message) => new(path, message, code, ValidationSeverity.Error);

    /// <summary>Writes bad input to standard error, one line per problem or as the errors contract, and gives exit code 2.</summary>
    public static int Report(TextWriter error, bool asJson, IEnumerable<ValidationError> errors)
    {
        if (asJson)
        {
            error.Write(ValidationErrorsJson.Write(errors));
        }
        else
        {
            foreach (var item in errors)
            {
                var where = string.IsNullOrEmpty(item.Identifier) ? string.Empty : item.Identifier + ": ";
                error.WriteLine($"error: {where}{item.ErrorMessage} [{item.ErrorCode}]");
            }
        }

        return ExitCodes.InvalidInput;
    }
}
