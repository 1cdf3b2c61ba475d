using Ardalis.Result;

namespace DomainKit.Cli;

/// <summary>Validation errors about the command line itself, in the same shape as the library's.</summary>
internal static class Errors
{
    public static ValidationError Of(string path, string code, string message) => new(path, message, code, ValidationSeverity.Error);
}
