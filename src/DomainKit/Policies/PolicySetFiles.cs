using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>
/// Reads policy files from disk, resolving layers: a file that names its base (<c>basedOn</c>: a bundled policy ID,
/// or another file relative to this one) holds only what it changes, and is read over its base, and that over its own,
/// down to a set that names none.
/// </summary>
/// <remarks>
/// Each file is checked alone as <see cref="PolicySetJson"/> checks one, then the chain as a whole: a base that cannot
/// be found, layers that name each other in a circle, a chain deeper than <see cref="MaxLayers"/>, two layers with one
/// ID, a layer for a region outside its base's. Every error names the file and the path in it, as
/// <c>city-2026.json:parameters.dibaoStandardMonthly.add[0].from</c>. Thread-safe; reads only.
/// </remarks>
public static class PolicySetFiles
{
    /// <summary>The most layers a chain may hold, the set at its foot included.</summary>
    public const int MaxLayers = 16;

    /// <summary>The largest policy file read; a larger one is refused before it is read.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Reads a policy file and, when it is a layer, the chain of files beneath it.</summary>
    /// <param name="path">The file, absolute or relative to the working directory.</param>
    /// <returns>The resolved set, every value naming its layer; or Invalid with every problem, each under its file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Result<PolicySet> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PolicySetJson.CheckReservedId(Load(path, []));
    }

    private static Result<PolicySet> Load(string shown, List<string> chain)
    {
        string full;
        try
        {
            full = Path.GetFullPath(shown);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Invalid(shown, string.Empty, ErrorCodes.BaseNotFound, "This is not a file name that can be read.");
        }

        if (chain.Contains(full, StringComparer.Ordinal))
        {
            return Invalid(shown, "basedOn", ErrorCodes.BaseCycle, "The layers name each other as their base in a circle.");
        }

        if (chain.Count >= MaxLayers)
        {
            return Invalid(shown, "basedOn", ErrorCodes.BaseTooDeep, $"The chain of layers is deeper than {MaxLayers}.");
        }

        var bytes = Read(shown, full);
        if (!bytes.IsSuccess)
        {
            return Result<PolicySet>.Invalid(bytes.ValidationErrors);
        }

        var file = PolicySetJson.ReadFile(bytes.Value);
        if (!file.IsSuccess)
        {
            return Result<PolicySet>.Invalid(Under(shown, file.ValidationErrors));
        }

        if (file.Value.BasedOn is not { } basedOn)
        {
            return Result<PolicySet>.Success(file.Value.Own);
        }

        Result<PolicySet> underneath;
        if (PolicySets.BundledIds.Contains(basedOn))
        {
            underneath = PolicySets.Bundled(basedOn);
        }
        else if (Path.IsPathRooted(basedOn))
        {
            // A layer travels with its folder: a base named by an absolute path would tie it to one machine.
            return Invalid(shown, "basedOn", ErrorCodes.BaseNotFound, "A base file is named relative to the layer, not by an absolute path.");
        }
        else
        {
            var baseShown = Path.Combine(Path.GetDirectoryName(shown) ?? string.Empty, basedOn);
            if (!File.Exists(Path.Combine(Path.GetDirectoryName(full)!, basedOn)))
            {
                return Invalid(shown, "basedOn", ErrorCodes.BaseNotFound, $"The base is neither a bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) nor a file beside this one.");
            }

            underneath = Load(baseShown, [.. chain, full]);
        }

        if (!underneath.IsSuccess)
        {
            return underneath;
        }

        var layered = PolicySet.Layered(underneath.Value, file.Value.Own, file.Value.Added);
        return layered.IsSuccess ? layered : Result<PolicySet>.Invalid(Under(shown, layered.ValidationErrors));
    }

    private static Result<byte[]> Read(string shown, string full)
    {
        try
        {
            if (!File.Exists(full))
            {
                return Result<byte[]>.Invalid(Errors.At(shown, ErrorCodes.BaseNotFound, "The file does not exist."));
            }

            // A device never ends and a named pipe waits for a writer: only a regular file is read.
            if (!FileKind.IsRegularFile(full))
            {
                return Result<byte[]>.Invalid(Errors.At(shown, ErrorCodes.OutOfRange, "This is not a regular file (a device or a pipe); give a file."));
            }

            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.Length > MaxFileBytes)
            {
                return Result<byte[]>.Invalid(Errors.At(shown, ErrorCodes.OutOfRange, $"The file is larger than {MaxFileBytes / (1024 * 1024)} MB."));
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<byte[]>.Invalid(Errors.At(shown, ErrorCodes.BaseNotFound, $"The file cannot be read: {exception.GetType().Name}."));
        }
    }

    // The file's errors under its name: "city.json:parameters.x" (a problem with the whole file is under the name alone).
    internal static IEnumerable<ValidationError> Under(string file, IEnumerable<ValidationError> errors) =>
        errors.Select(e => Errors.WithPath(e, string.IsNullOrEmpty(e.Identifier) ? file : file + ":" + e.Identifier));

    private static Result<PolicySet> Invalid(string file, string path, string code, TranslatableText message) =>
        Invalid<PolicySet>(file, path, code, message);

    private static Result<T> Invalid<T>(string file, string path, string code, TranslatableText message) =>
        Result<T>.Invalid(Errors.At(string.IsNullOrEmpty(path) ? file : file + ":" + path, code, message));
}
