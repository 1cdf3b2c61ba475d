using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Extensions.DependencyInjection;

/// <summary>The policy sets an application uses: the bundled ones and those read from its policy files.</summary>
/// <remarks>Built once from <see cref="DomainKitOptions"/>; immutable and thread-safe.</remarks>
public sealed class PolicyRegistry
{
    /// <summary>The largest policy file read; larger ones are refused before reading.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private readonly ImmutableDictionary<string, PolicySet> byId;

    private readonly PolicyRegionRegistry? regions;

    private PolicyRegistry(ImmutableDictionary<string, PolicySet> byId, PolicySet defaultPolicy, PolicyRegionRegistry? regions)
    {
        this.byId = byId;
        this.regions = regions;
        Default = defaultPolicy;
        Ids = [.. byId.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The policy set used when a call names none.</summary>
    public PolicySet Default { get; }

    /// <summary>Every policy set's ID, in ordinal order.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Loads the bundled policy sets and the options' policy files.</summary>
    /// <param name="options">The options.</param>
    /// <returns>
    /// The registry; or Invalid with every problem: a file that does not exist or cannot be read
    /// (<c>policyFiles[i]</c>, code <see cref="ErrorCodes.PolicyUnknown"/>), a file that is not a valid policy set
    /// (its own errors under <c>policyFiles[i]</c>), two sets with one ID (<see cref="ErrorCodes.JsonDuplicateProperty"/>),
    /// or a default policy that is none of them (<c>defaultPolicy</c>, <see cref="ErrorCodes.PolicyUnknown"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static Result<PolicyRegistry> Load(DomainKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<ValidationError>();
        var sets = PolicySets.BundledIds.ToImmutableDictionary(id => id, id => PolicySets.Bundled(id).Value, StringComparer.Ordinal).ToBuilder();
        for (var i = 0; i < options.PolicyFiles.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"policyFiles[{i}]");
            // Read through PolicySetFiles, so a file may be a layer over a bundled set or over another file beside it.
            var file = options.PolicyFiles[i];
            var full = FromBaseDirectory(file);
            var loaded = Read(file).Bind(_ => PolicySetFiles.Load(full));
            if (!loaded.IsSuccess)
            {
                errors.AddRange(loaded.ValidationErrors.Select(e => Under(path, OwnPath(full, e))));
            }
            else if (!sets.TryAdd(loaded.Value.Id, loaded.Value))
            {
                errors.Add(Errors.At(path, ErrorCodes.JsonDuplicateProperty, $"Another policy set already has the ID {loaded.Value.Id}."));
            }
        }

        if (errors.Count == 0 && !sets.ContainsKey(options.DefaultPolicy ?? string.Empty))
        {
            errors.Add(Errors.At("defaultPolicy", ErrorCodes.PolicyUnknown, $"No policy set has that ID; known: {string.Join(", ", sets.Keys.Order(StringComparer.Ordinal))}."));
        }

        PolicyRegionRegistry? regions = null;
        if (options.RegionRegistry is { } registryFile)
        {
            var loadedRegions = Read(registryFile).Bind(_ => PolicyRegionRegistry.Load(FromBaseDirectory(registryFile)));
            if (loadedRegions.IsSuccess)
            {
                regions = loadedRegions.Value;
            }
            else
            {
                errors.AddRange(loadedRegions.ValidationErrors.Select(e => Under("regionRegistry", e)));
            }
        }

        return errors.Count > 0
            ? Result<PolicyRegistry>.Invalid(errors)
            : new PolicyRegistry(sets.ToImmutable(), sets[options.DefaultPolicy!], regions);
    }

    /// <summary>
    /// The policy set in force in an administrative division, from the options' <see cref="DomainKitOptions.RegionRegistry"/>:
    /// the division's own layer, or its city's, or its province's.
    /// </summary>
    /// <param name="region">A GB/T 2260 code of six digits, such as <c>370602</c>.</param>
    /// <returns>
    /// The set; or Invalid at <c>region</c> with <see cref="ErrorCodes.RegionCodeInvalid"/> for a code that is not six
    /// digits of the standard, or <see cref="ErrorCodes.RegionUnknown"/> when no layer covers it or no registry is configured.
    /// </returns>
    public Result<PolicySet> FindByRegion(string? region) =>
        regions is null
            ? Result<PolicySet>.Invalid(Errors.At("region", ErrorCodes.RegionUnknown, "No region registry is configured (DomainKit:RegionRegistry)."))
            : regions.Resolve(region);

    private static string FromBaseDirectory(string file) => Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);

    /// <summary>Finds a policy set by ID, or the default one when <paramref name="id"/> is null.</summary>
    /// <param name="id">A policy set's ID, or null for <see cref="Default"/>.</param>
    /// <returns>The policy set, or Invalid with code <see cref="ErrorCodes.PolicyUnknown"/> at <c>policy</c>.</returns>
    public Result<PolicySet> Find(string? id)
    {
        if (id is null)
        {
            return Result<PolicySet>.Success(Default);
        }

        return byId.TryGetValue(id, out var policy)
            ? Result<PolicySet>.Success(policy)
            : Result<PolicySet>.Invalid(Errors.At("policy", ErrorCodes.PolicyUnknown, $"No policy set has that identifier; known: {string.Join(", ", Ids)}."));
    }

    // Problems with the file itself have no path of their own: the caller puts them under policyFiles[i].
    private static Result<byte[]> Read(string file)
    {
        try
        {
            var info = new FileInfo(FromBaseDirectory(file));
            if (!info.Exists)
            {
                return Result<byte[]>.Invalid(Errors.At(string.Empty, ErrorCodes.PolicyUnknown, $"The policy file {file} does not exist."));
            }

            return info.Length > MaxFileBytes
                ? Result<byte[]>.Invalid(Errors.At(string.Empty, ErrorCodes.OutOfRange, $"The policy file {file} is larger than {MaxFileBytes / (1024 * 1024)} MB."))
                : File.ReadAllBytes(info.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<byte[]>.Invalid(Errors.At(string.Empty, ErrorCodes.PolicyUnknown, $"The policy file {file} cannot be read: {exception.GetType().Name}."));
        }
    }

    // The file's own problems are named by their path in it, under policyFiles[i]; a problem in a base it rests on
    // keeps the base's file name, so it reads policyFiles[i].base.json:path.
    private static ValidationError OwnPath(string file, ValidationError error) =>
        error.Identifier == file ? WithIdentifier(error, string.Empty)
        : error.Identifier.StartsWith(file + ":", StringComparison.Ordinal) ? WithIdentifier(error, error.Identifier[(file.Length + 1)..])
        : error;

    // Both keep the message's template, so the error is still rendered in the reader's language.
    private static ValidationError WithIdentifier(ValidationError error, string identifier) => Errors.WithPath(error, identifier);

    private static ValidationError Under(string prefix, ValidationError error) =>
        Errors.WithPath(error, string.IsNullOrEmpty(error.Identifier) ? prefix : prefix + "." + error.Identifier);
}
