using Ardalis.Result;
using DomainKit.Serialization;

namespace DomainKit.Validation;

/// <summary>Writes validation errors as JSON (contract <c>domainkit/errors@1</c>): path, code and message of each.</summary>
/// <remarks>This class is thread-safe.</remarks>
public static class ValidationErrorsJson
{
    /// <summary>The schema identifier of the output.</summary>
    public const string Schema = "domainkit/errors@1";

    /// <summary>Writes validation errors.</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static string Write(IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                writer.WriteStartObject();
                writer.WriteString("path", error.Identifier);
                writer.WriteString("code", error.ErrorCode);
                writer.WriteString("message", error.ErrorMessage);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
