using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>
/// Policy layers keyed by administrative division (GB/T 2260): resolves a code to the set in force there, the
/// county's layer over the city's over the province's over a national base. A county with no layer of its own takes
/// its city's set, a city with none its province's.
/// </summary>
/// <remarks>
/// A registry file (contract <c>domainkit/policy-registry@1</c>) lists layer files relative to itself; each is read
/// with <see cref="PolicySetFiles.Load(string)"/> and must name its region. The registry is checked as a whole when it loads:
/// two layers for one region, and a chain with a gap (a district layer that rests on its province while the registry
/// holds a layer for its city, or on another file than the one the registry holds for that city) are errors. Immutable
/// and thread-safe.
/// </remarks>
public sealed class PolicyRegionRegistry
{
    /// <summary>The schema identifier every registry file carries.</summary>
    public const string Schema = "domainkit/policy-registry@1";

    /// <summary>The most layers one registry lists.</summary>
    public const int MaxLayers = 4096;

    private readonly ImmutableDictionary<RegionCode, PolicySet> byRegion;

    private PolicyRegionRegistry(ImmutableDictionary<RegionCode, PolicySet> byRegion)
    {
        this.byRegion = byRegion;
        Regions = [.. byRegion.Keys.OrderBy(r => r.Value, StringComparer.Ordinal)];
    }

    /// <summary>The regions that have a layer of their own, in code order.</summary>
    public ImmutableArray<RegionCode> Regions { get; }

    /// <summary>Builds a registry from resolved sets, each with its <see cref="PolicySet.Region"/>.</summary>
    /// <param name="sets">The resolved layers, one per region.</param>
    /// <returns>The registry, or Invalid naming each set without a region, each region given twice and each gap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sets"/> is null or holds null.</exception>
    public static Result<PolicyRegionRegistry> Create(IEnumerable<PolicySet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var errors = new List<ValidationError>();
        var byRegion = new Dictionary<RegionCode, PolicySet>();
        var index = 0;
        foreach (var set in sets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(sets));
            var path = $"layers[{index++}]";
            if (set.Region is not { } region)
            {
                errors.Add(Errors.At(path, ErrorCodes.RegionCodeInvalid, "Every layer of a registry names its region."));
            }
            else if (!byRegion.TryAdd(region, set))
            {
                errors.Add(Errors.At(path, ErrorCodes.RegionDuplicate, $"Another layer of the registry is for region {region}."));
            }
        }

        foreach (var (region, set) in byRegion.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            errors.AddRange(Gaps(region, set, byRegion));
        }

        return errors.Count > 0
            ? Result<PolicyRegionRegistry>.Invalid(errors)
            : new PolicyRegionRegistry(byRegion.ToImmutableDictionary());
    }

    /// <summary>Reads a registry file and every layer it lists (relative to the registry), with their bases.</summary>
    /// <param name="path">The registry file.</param>
    /// <returns>The registry, or Invalid with every problem, each under its file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Result<PolicyRegionRegistry> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var listed = ReadList(path);
        if (!listed.IsSuccess)
        {
            return Result<PolicyRegionRegistry>.Invalid(listed.ValidationErrors);
        }

        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var errors = new List<ValidationError>();
        var sets = new List<PolicySet>();
        foreach (var file in listed.Value)
        {
            var loaded = PolicySetFiles.Load(Path.Combine(folder, file));
            if (loaded.IsSuccess)
            {
                sets.Add(loaded.Value);
            }
            else
            {
                errors.AddRange(loaded.ValidationErrors);
            }
        }

        if (errors.Count > 0)
        {
            return Result<PolicyRegionRegistry>.Invalid(errors);
        }

        var created = Create(sets);
        return created.IsSuccess ? created : Result<PolicyRegionRegistry>.Invalid(PolicySetFiles.Under(path, created.ValidationErrors));
    }

    /// <summary>
    /// The set in force in a region: the region's own layer, or else the nearest division containing it that has one.
    /// </summary>
    /// <param name="region">The division.</param>
    /// <returns>The set (its <see cref="PolicySet.Region"/> says whose layer it is), or Invalid with <see cref="ErrorCodes.RegionUnknown"/>.</returns>
    public Result<PolicySet> Resolve(RegionCode region)
    {
        foreach (var candidate in region.Ancestors.Prepend(region))
        {
            if (byRegion.TryGetValue(candidate, out var set))
            {
                return set;
            }
        }

        return Result<PolicySet>.Invalid(Errors.At("region", ErrorCodes.RegionUnknown, $"No layer of the registry covers region {region}, nor the city or province it lies in; the registry holds {string.Join(", ", Regions)}."));
    }

    /// <summary>The set in force in a region given as six digits.</summary>
    /// <param name="region">The code, such as <c>370602</c>.</param>
    /// <returns>The set, or Invalid with <see cref="ErrorCodes.RegionCodeInvalid"/> or <see cref="ErrorCodes.RegionUnknown"/>.</returns>
    public Result<PolicySet> Resolve(string? region) => RegionCode.Parse(region).Bind(Resolve);

    // Every division above the region that the registry holds a layer for must be in the region's chain, as that very
    // layer: otherwise the county would silently skip its city's standard.
    private static IEnumerable<ValidationError> Gaps(RegionCode region, PolicySet set, Dictionary<RegionCode, PolicySet> byRegion)
    {
        foreach (var ancestor in region.Ancestors)
        {
            if (!byRegion.TryGetValue(ancestor, out var registered))
            {
                continue;
            }

            var inChain = set.Layers.FirstOrDefault(l => l.Region == ancestor);
            if (inChain is null)
            {
                yield return Errors.At("region", ErrorCodes.RegionGap, $"The layer for region {region} does not rest on the registry's layer for region {ancestor}; base it on that layer, directly or through the layers between.");
            }
            else if (inChain.Id != registered.Id)
            {
                yield return Errors.At("region", ErrorCodes.RegionGap, $"The layer for region {region} rests on layer {inChain.Id} for region {ancestor}, but the registry holds layer {registered.Id} for it.");
            }
        }
    }

    private static Result<List<string>> ReadList(string path)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path) || !FileKind.IsRegularFile(path))
            {
                return Result<List<string>>.Invalid(Errors.At(path, ErrorCodes.BaseNotFound, "The registry file does not exist or is not a regular file."));
            }

            if (new FileInfo(path).Length > PolicySetFiles.MaxFileBytes)
            {
                return Result<List<string>>.Invalid(Errors.At(path, ErrorCodes.OutOfRange, $"The file is larger than {PolicySetFiles.MaxFileBytes / (1024 * 1024)} MB."));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<List<string>>.Invalid(Errors.At(path, ErrorCodes.BaseNotFound, $"The file cannot be read: {exception.GetType().Name}."));
        }

        var read = StrictJsonReader.Read(bytes, root =>
        {
            var reader = new StrictJsonReader();
            if (!reader.ExpectObject(root, string.Empty, "schema", "layers"))
            {
                return Result<List<string>>.Invalid(reader.Errors);
            }

            if (reader.String(root, string.Empty, "schema", required: true) is { } schema && schema != Schema)
            {
                reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
            }

            var files = new List<string>();
            foreach (var (item, itemPath) in reader.Array(root, string.Empty, "layers", required: true, MaxLayers))
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    reader.Fail(itemPath, ErrorCodes.JsonWrongType, "Each layer is a policy file relative to the registry.");
                    continue;
                }

                files.Add(item.GetString()!);
            }

            return reader.HasErrors ? Result<List<string>>.Invalid(reader.Errors) : files;
        });
        return read.IsSuccess ? read : Result<List<string>>.Invalid(PolicySetFiles.Under(path, read.ValidationErrors));
    }
}
