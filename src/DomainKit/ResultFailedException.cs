using System.Collections.Immutable;
using System.Text;
using Ardalis.Result;

namespace DomainKit;

/// <summary>
/// Thrown by <see cref="ResultExtensions.ValueOrThrow{T}(Result{T})"/> when a result is not a success: its message
/// lists each validation error as <c>path: code: message</c>. Messages never repeat a refused value, so the exception
/// is safe to log.
/// </summary>
public sealed class ResultFailedException : Exception
{
    /// <summary>Creates the exception for a failed result.</summary>
    /// <param name="status">The result's status, such as <see cref="ResultStatus.Invalid"/>.</param>
    /// <param name="validationErrors">Its validation errors.</param>
    /// <param name="errors">Its other error messages.</param>
    public ResultFailedException(ResultStatus status, IEnumerable<ValidationError> validationErrors, IEnumerable<string> errors)
        : this(status, validationErrors?.ToImmutableArray() ?? [], errors?.ToImmutableArray() ?? [])
    {
    }

    private ResultFailedException(ResultStatus status, ImmutableArray<ValidationError> validationErrors, ImmutableArray<string> errors)
        : base(Describe(status, validationErrors, errors))
    {
        Status = status;
        ValidationErrors = validationErrors;
        Errors = errors;
    }

    /// <summary>The failed result's status.</summary>
    public ResultStatus Status { get; }

    /// <summary>The failed result's validation errors, each with its path (<c>Identifier</c>) and code (<c>ErrorCode</c>).</summary>
    public ImmutableArray<ValidationError> ValidationErrors { get; }

    /// <summary>The failed result's other error messages.</summary>
    public ImmutableArray<string> Errors { get; }

    private static string Describe(ResultStatus status, ImmutableArray<ValidationError> validationErrors, ImmutableArray<string> errors)
    {
        var text = new StringBuilder("The result is ").Append(status).Append(", not a success");
        text.Append(validationErrors.IsEmpty && errors.IsEmpty ? "." : ":");
        foreach (var error in validationErrors)
        {
            text.Append('\n').Append("  ").Append(string.IsNullOrEmpty(error.Identifier) ? "(document)" : error.Identifier)
                .Append(": ").Append(error.ErrorCode).Append(": ").Append(error.ErrorMessage);
        }

        foreach (var error in errors)
        {
            text.Append('\n').Append("  ").Append(error);
        }

        return text.ToString();
    }
}
