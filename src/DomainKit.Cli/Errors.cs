using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Cli;

/// <summary>Validation errors about the command line itself, in the same shape as the library's.</summary>
internal static class Errors
{
    public static ValidationError Of(string path, string code, TranslatableText message) => DomainKit.Validation.Errors.At(path, code, message);

    /// <summary>Writes bad input to standard error, one line per problem or as the errors contract, and gives exit code 2.</summary>
    public static int Report(CliText text, TextWriter error, bool asJson, IEnumerable<ValidationError> errors)
    {
        if (asJson)
        {
            error.Write(ValidationErrorsJson.Write(errors.Select(e => new ValidationError(e.Identifier, text.Say(e), e.ErrorCode, e.Severity))));
        }
        else
        {
            foreach (var item in errors)
            {
                error.WriteLine(Line(text, item));
            }
        }

        return ExitCodes.InvalidInput;
    }

    /// <summary>The problems of one line of a population file, on one line: <c>line N: path: message [code]; …</c>.</summary>
    public static string AtLine(CliText text, long line, IEnumerable<ValidationError> errors) =>
        text.Say($"line {line}: {string.Join("; ", errors.Select(e => Problem(text, e.Identifier, e)))}");

    /// <summary>A line of a population file too long to be read (<see cref="LineBatchReader.MaxLineBytes"/>), which ends the run.</summary>
    public static string LineTooLong(CliText text, long line) =>
        text.Say($"line {line}: the line is longer than {LineBatchReader.MaxLineBytes} bytes, which no household needs; the file is not household JSON lines.");

    /// <summary>One problem: where it is (a JSON path or a CSV column), the message in the chosen language and the code.</summary>
    public static string Problem(CliText text, string where, ValidationError error) =>
        where.Length > 0 ? $"{where}: {text.Say(error)} [{error.ErrorCode}]" : $"{text.Say(error)} [{error.ErrorCode}]";

    /// <summary>One problem at its place in a households table: a CSV line or a Parquet row, and the column.</summary>
    public static string AtCell(CliText text, bool numbersRows, long line, string column, ValidationError error) =>
        numbersRows ? text.Say($"row {line}: {Problem(text, column, error)}") : text.Say($"line {line}: {Problem(text, column, error)}");

    /// <summary>One problem on one line: <c>error: path: message [code]</c>.</summary>
    public static string Line(CliText text, ValidationError item) =>
        string.IsNullOrEmpty(item.Identifier)
            ? text.Say($"error: {text.Say(item)} [{item.ErrorCode}]")
            : text.Say($"error: {item.Identifier}: {text.Say(item)} [{item.ErrorCode}]");
}
