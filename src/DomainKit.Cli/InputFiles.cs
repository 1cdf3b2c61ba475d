using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Cli;

/// <summary>Reads the tool's input files, turning every I/O problem into a validation error instead of a stack trace.</summary>
internal static class InputFiles
{
    /// <summary>No household or policy file needs more; larger files are refused before reading.</summary>
    private const long MaxFileBytes = 16 * 1024 * 1024;

    public static Result<byte[]> Read(string path, string argumentName)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Result<byte[]>.Invalid(Errors.Of(argumentName, ErrorCodes.Required, $"The file {path} does not exist."));
            }

            if (info.Length > MaxFileBytes)
            {
                return Result<byte[]>.Invalid(Errors.Of(argumentName, ErrorCodes.OutOfRange, $"The file {path} is larger than {MaxFileBytes / (1024 * 1024)} MB."));
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<byte[]>.Invalid(Errors.Of(argumentName, ErrorCodes.Required, $"The file {path} cannot be read: {exception.GetType().Name}."));
        }
    }

    public static Result<PolicySet> LoadPolicy(string argument)
    {
        if (PolicySets.BundledIds.Contains(argument))
        {
            return PolicySets.Bundled(argument);
        }

        if (!File.Exists(argument))
        {
            return Result<PolicySet>.Invalid(Errors.Of(
                "--policy",
                ErrorCodes.PolicyUnknown,
                $"'{argument}' is neither a bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) nor an existing file."));
        }

        return Read(argument, "--policy").Bind(bytes => PolicySetJson.Parse(bytes));
    }

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success && text.Length == 10;
    }
}
