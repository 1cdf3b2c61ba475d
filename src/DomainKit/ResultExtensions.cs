using Ardalis.Result;

namespace DomainKit;

/// <summary>Reading a result's value in code where a failure is a bug, such as a script, a test or an example.</summary>
/// <remarks>
/// Production code that takes input from people or other systems should branch on <c>IsSuccess</c> and report
/// <c>ValidationErrors</c> (each with its field path and stable code) instead; see docs/concepts/validation.md.
/// </remarks>
public static class ResultExtensions
{
    /// <summary>
    /// The value of a successful result; otherwise throws an exception that lists every error with its path and code,
    /// where reading <c>Value</c> of a failed result would give null and fail later, far from the cause.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ResultFailedException">The result is not a success.</exception>
    public static T ValueOrThrow<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? result.Value : throw new ResultFailedException(result.Status, result.ValidationErrors, result.Errors);
    }
}
