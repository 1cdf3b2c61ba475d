using System.CommandLine;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Cli;

/// <summary>Reads the tool's input files, turning every I/O problem into a validation error instead of a stack trace.</summary>
internal static class InputFiles
{
    /// <summary>No household, policy or scenario file needs more; the reading stops here.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// A file's bytes, read up to <see cref="MaxFileBytes"/> and no further: the bound is on the bytes actually read,
    /// not on the length the file states, which is 0 for a device or a pipe and may change while it is read.
    /// </summary>
    public static Result<byte[]> Read(string path, string argumentName) => Read(path, argumentName, MaxFileBytes);

    /// <summary>A file's bytes, read up to <paramref name="maxBytes"/> and no further.</summary>
    public static Result<byte[]> Read(string path, string argumentName, int maxBytes)
    {
        var opened = Open(path, argumentName);
        if (!opened.IsSuccess)
        {
            return Result<byte[]>.Invalid(opened.ValidationErrors);
        }

        try
        {
            using var stream = opened.Value;
            using var bytes = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (bytes.Length + read > maxBytes)
                {
                    return Result<byte[]>.Invalid(Errors.Of(argumentName, ErrorCodes.OutOfRange, $"The file {path} is larger than {maxBytes / (1024 * 1024)} MB."));
                }

                bytes.Write(buffer, 0, read);
            }

            return bytes.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Result<byte[]>.Invalid(Errors.Of(argumentName, ErrorCodes.Required, $"The file {path} cannot be read: {exception.GetType().Name}."));
        }
    }

    /// <summary>
    /// Opens an input for reading: it must exist and be a regular file, links followed. A folder, a device or a
    /// named pipe is refused before it is opened, since opening a pipe waits for a writer and a device never ends.
    /// </summary>
    public static Result<FileStream> Open(string path, string argumentName)
    {
        try
        {
            if (!File.Exists(path) && !Directory.Exists(path) && !FileKind.IsSpecial(path))
            {
                return Result<FileStream>.Invalid(Errors.Of(argumentName, ErrorCodes.Required, $"The file {path} does not exist."));
            }

            if (!FileKind.IsRegularFile(path))
            {
                return Result<FileStream>.Invalid(Errors.Of(argumentName, ErrorCodes.OutOfRange, $"{path} is not a regular file (a folder, a device or a pipe); give a file."));
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<FileStream>.Invalid(Errors.Of(argumentName, ErrorCodes.Required, $"The file {path} cannot be read: {exception.GetType().Name}."));
        }
    }

    /// <summary>Today in the system time zone: the edge of the system is the one place allowed to read the clock; rules take the date as an argument.</summary>
    public static LocalDate Today => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;

    /// <summary>The example registry of regional layers the tool ships beside itself (docs/examples/regions in the repository).</summary>
    public static string DefaultRegistry => Path.Combine(AppContext.BaseDirectory, "regions", "registry.json");

    /// <summary>
    /// The policy the options name: the set in force in <c>--region</c> from the registry (<c>--registry</c>, or the
    /// example one), or else <c>--policy</c>. Naming both a region and a policy is refused rather than one ignored.
    /// </summary>
    public static Result<PolicySet> LoadPolicy(ParseResult parsed, Option<string> policy, Option<string?> region, Option<string?> registry)
    {
        if (parsed.GetValue(region) is not { } code)
        {
            return parsed.GetValue(registry) is null
                ? LoadPolicy(parsed.GetValue(policy)!, policy.Name)
                : Result<PolicySet>.Invalid(Errors.Of(registry.Name, ErrorCodes.Required, "A registry is read for --region; give the region too."));
        }

        if (parsed.GetResult(policy) is { Implicit: false })
        {
            return Result<PolicySet>.Invalid(Errors.Of(region.Name, ErrorCodes.Required, "Give --policy or --region, not both: the region names its own policy."));
        }

        return LoadRegion(code, parsed.GetValue(registry), region.Name, registry.Name);
    }

    /// <summary>The set in force in a region, from a registry file or the example registry, with errors blamed on the arguments.</summary>
    public static Result<PolicySet> LoadRegion(string code, string? registry, string regionArgument, string registryArgument)
    {
        if (!RegionCode.TryParse(code, out var region))
        {
            return Result<PolicySet>.Invalid(RegionCode.NotACode(regionArgument));
        }

        if (registry is not null)
        {
            var opened = Open(registry, registryArgument);
            if (!opened.IsSuccess)
            {
                return Result<PolicySet>.Invalid(opened.ValidationErrors);
            }

            opened.Value.Dispose();
        }

        var loaded = PolicyRegionRegistry.Load(registry ?? DefaultRegistry);
        if (!loaded.IsSuccess)
        {
            return Result<PolicySet>.Invalid(loaded.ValidationErrors);
        }

        var resolved = loaded.Value.Resolve(region);
        return resolved.IsSuccess ? resolved : Result<PolicySet>.Invalid(resolved.ValidationErrors.Select(e => DomainKit.Validation.Errors.WithPath(e, regionArgument)));
    }

    /// <summary>A bundled policy set or a policy file, with errors blamed on the argument that named it (--policy, --base, POLICY …).</summary>
    public static Result<PolicySet> LoadPolicy(string argument, string argumentName)
    {
        if (PolicySets.BundledIds.Contains(argument))
        {
            return PolicySets.Bundled(argument);
        }

        if (!File.Exists(argument) && !FileKind.IsSpecial(argument))
        {
            return Result<PolicySet>.Invalid(Errors.Of(
                argumentName,
                ErrorCodes.PolicyUnknown,
                $"'{argument}' is neither a bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) nor an existing file."));
        }

        // The tool's own checks first (it exists, a regular file), so that a refused file is blamed on the argument; the
        // library then reads it and a layer's bases, each error under the file it is in.
        var opened = Open(argument, argumentName);
        if (!opened.IsSuccess)
        {
            return Result<PolicySet>.Invalid(opened.ValidationErrors);
        }

        opened.Value.Dispose();
        return PolicySetFiles.Load(argument);
    }

    /// <summary>The earliest date of evaluation the contracts take.</summary>
    public static readonly LocalDate EarliestDate = new(1949, 1, 1);

    /// <summary>A date of evaluation: an existing ISO date, written yyyy-MM-dd, from 1949-01-01 to 2200-12-31 as the contracts' dates are.</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success && text.Length == 10 && date >= EarliestDate && date <= Dates.Latest;
    }

    /// <summary>The format a households file's name says: csv for .csv, parquet for .parquet, jsonl otherwise.</summary>
    public static string FormatOf(FileInfo file) =>
        file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv"
        : file.Extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? "parquet"
        : "jsonl";
}
