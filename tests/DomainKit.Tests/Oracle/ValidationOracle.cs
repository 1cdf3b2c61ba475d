using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Tests.Oracle;

/// <summary>Holds hand-written checks to the validators they replaced: the same errors, paths, codes, messages and order.</summary>
internal static class ValidationOracle
{
    /// <summary>Asserts agreement on every input and returns how many were invalid, so a test can see both sides were reached.</summary>
    public static int Compare<TInput, TValue>(IEnumerable<TInput> inputs, Func<TInput, List<ValidationError>> expectedOf, Func<TInput, Result<TValue>> validate)
    {
        var invalid = 0;
        foreach (var input in inputs)
        {
            var expected = expectedOf(input);
            var actual = validate(input);
            if (expected.Count == 0)
            {
                Assert.True(actual.IsSuccess);
                continue;
            }

            invalid++;
            Assert.Equal(ResultStatus.Invalid, actual.Status);
            Assert.Equal(expected.Select(Describe), actual.ValidationErrors.Select(Describe));
        }

        return invalid;
    }

    /// <summary>Everything an error carries, its message template and arguments included, as one comparable line.</summary>
    public static string Describe(ValidationError error) => error is LocalizedValidationError localized
        ? $"{error.Identifier}|{error.ErrorCode}|{error.Severity}|{error.ErrorMessage}|{localized.Template}|{string.Join("¦", localized.Arguments)}"
        : $"{error.Identifier}|{error.ErrorCode}|{error.Severity}|{error.ErrorMessage}|(not localised)";
}
