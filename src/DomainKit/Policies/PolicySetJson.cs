using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Reads and writes policy sets as JSON (contract <c>domainkit/policy-set@1</c>, documented in docs/json-contracts.md).</summary>
/// <remarks>
/// Reading is strict: an unknown parameter or property, a wrong type, a bad date, an amount with a
/// fraction of a fen, an unknown source kind, or unsorted or duplicate dates each yield a
/// <see cref="ValidationError"/> with the path of the problem, such as
/// <c>parameters.dibaoStandardMonthly.values[1].from</c>. No exception escapes for bad input.
/// Writing is deterministic: parameters in identifier order, culture-invariant numbers.
/// This class is thread-safe.
/// </remarks>
public static class PolicySetJson
{
    /// <summary>The schema identifier every policy file carries.</summary>
    public const string Schema = "domainkit/policy-set@1";

    /// <summary>The most values one parameter's timeline may hold in a file.</summary>
    public const int MaxValuesPerParameter = 1000;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Citations are often Chinese; keep them readable in the file instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a policy set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy set, or Invalid with every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<PolicySet> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(StrictJsonReader.ToUtf8(json));
    }

    /// <summary>Reads a policy set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>
    /// The policy set, or Invalid with every problem found. A file that names itself by the ID of a bundled set
    /// (<see cref="PolicySets.BundledIds"/>) must be that set, value for value (<see cref="PolicySet.ContentHash"/>);
    /// otherwise it is Invalid with <see cref="ErrorCodes.PolicyIdReserved"/>, so that no decision made under an edited
    /// copy can name itself as made under the preset.
    /// </returns>
    public static Result<PolicySet> Parse(ReadOnlyMemory<byte> utf8Json) => CheckReservedId(ParseUnchecked(utf8Json));

    /// <summary>
    /// Reads a policy set without comparing it with the bundled set of its ID: for the bundled sets themselves. A layer
    /// may rest on a bundled set here; one that names a file as its base needs <see cref="PolicySetFiles.Load(string)"/>.
    /// </summary>
    internal static Result<PolicySet> ParseUnchecked(ReadOnlyMemory<byte> utf8Json) =>
        ReadFile(utf8Json).Bind(file => file.BasedOn is null
            ? Result<PolicySet>.Success(file.Own)
            : PolicySets.BundledIds.Contains(file.BasedOn)
                ? PolicySets.Bundled(file.BasedOn).Bind(underneath => PolicySet.Layered(underneath, file.Own, file.Added))
                : Result<PolicySet>.Invalid(Errors.At("basedOn", ErrorCodes.BaseNeedsFile, "This layer is based on a file; read it with PolicySetFiles.Load, which resolves the base from the layer's own folder.")));

    /// <summary>Checks that a set read and resolved does not claim a bundled set's ID while differing from it.</summary>
    internal static Result<PolicySet> CheckReservedId(Result<PolicySet> read) =>
        read.IsSuccess && PolicySets.BundledIds.Contains(read.Value.Id) && PolicySets.Bundled(read.Value.Id).Value.ContentHash != read.Value.ContentHash
            ? Result<PolicySet>.Invalid(Errors.At("id", ErrorCodes.PolicyIdReserved, "This ID belongs to a bundled policy set, and this file differs from it; give the file an ID of its own."))
            : read;

    /// <summary>One policy file as written: its own header and timelines, the base it names, and which timelines it adds to the base's.</summary>
    internal static Result<PolicyFile> ReadFile(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, Read);

    /// <summary>Writes a policy set as JSON.</summary>
    /// <param name="policy">The policy set.</param>
    /// <returns>Indented JSON that <see cref="Parse(string)"/> reads back to an equal set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string Write(PolicySet policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteString("id", policy.Id);
            writer.WriteString("name", policy.Name);
            if (policy.ChineseName is { } chineseName)
            {
                writer.WriteString("nameZh", chineseName);
            }

            writer.WriteString("version", policy.Version);
            writer.WriteString("description", policy.Description);
            if (policy.ChineseDescription is { } chineseDescription)
            {
                writer.WriteString("descriptionZh", chineseDescription);
            }

            if (policy.Region is { } region)
            {
                writer.WriteString("region", region.Value);
            }

            // A resolved set is written whole, with the layers its values came from, so it reads back as it was.
            if (!policy.Layers.IsEmpty)
            {
                writer.WriteStartArray("layers");
                foreach (var layer in policy.Layers)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", layer.Id);
                    writer.WriteString("name", layer.Name);
                    if (layer.ChineseName is { } layerChineseName)
                    {
                        writer.WriteString("nameZh", layerChineseName);
                    }

                    if (layer.Region is { } layerRegion)
                    {
                        writer.WriteString("region", layerRegion.Value);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteStartObject("parameters");
            foreach (var timeline in policy.Timelines)
            {
                writer.WriteStartObject(timeline.Parameter.Id);
                writer.WriteString("rule", timeline.Parameter.RuleId);
                writer.WriteString("unit", timeline.Parameter.UnitToken);
                timeline.WriteValues(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static Result<PolicyFile> Read(JsonElement root)
    {
        var reader = new StrictJsonReader();
        if (!reader.ExpectObject(root, string.Empty, "schema", "id", "name", "nameZh", "version", "description", "descriptionZh", "basedOn", "region", "layers", "parameters"))
        {
            return Result<PolicyFile>.Invalid(reader.Errors);
        }

        var schema = reader.String(root, string.Empty, "schema", required: true);
        if (schema is not null && schema != Schema)
        {
            reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
        }

        var id = reader.PlainText(root, string.Empty, "id", required: true);
        var name = reader.PlainText(root, string.Empty, "name", required: true);
        var version = reader.PlainText(root, string.Empty, "version", required: true);
        var description = reader.PlainText(root, string.Empty, "description", required: false) ?? string.Empty;
        var chineseName = reader.PlainText(root, string.Empty, "nameZh", required: false);
        var chineseDescription = reader.PlainText(root, string.Empty, "descriptionZh", required: false);
        var basedOn = reader.PlainText(root, string.Empty, "basedOn", required: false);
        if (basedOn is not null && string.IsNullOrWhiteSpace(basedOn))
        {
            reader.Fail("basedOn", ErrorCodes.Required, "The base, when given, is a bundled policy ID or a file relative to this one.");
            basedOn = null;
        }

        var region = ReadRegion(reader, root, string.Empty);

        var layers = ReadLayers(reader, root, basedOn is not null);
        var timelines = new List<Timeline>();
        var added = new HashSet<PolicyParameter>();
        if (StrictJsonReader.TryGet(root, "parameters", out var parameters))
        {
            if (reader.ExpectMap(parameters, "parameters"))
            {
                foreach (var property in parameters.EnumerateObject())
                {
                    var timeline = ReadParameter(reader, property.Name, property.Value, basedOn is not null, layers, out var adds);
                    if (timeline is not null)
                    {
                        timelines.Add(timeline);
                        if (adds)
                        {
                            added.Add(timeline.Parameter);
                        }
                    }
                }
            }
        }
        else
        {
            reader.Fail("parameters", ErrorCodes.Required, "This field is required.");
        }

        if (reader.HasErrors)
        {
            return Result<PolicyFile>.Invalid(reader.Errors);
        }

        var own = PolicySet.Create(id!, name!, version!, description, timelines.DistinctBy(t => t.Parameter), chineseName, chineseDescription);
        if (!own.IsSuccess)
        {
            return Result<PolicyFile>.Invalid(own.ValidationErrors);
        }

        var set = own.Value.ForRegion(region);
        return new PolicyFile(layers.Count > 0 ? set.WithLayers(layers.Values.OrderBy(l => l.Order).Select(l => l.Reference).ToImmutableArray()) : set, basedOn, added);
    }

    // The layers a written resolved set lists, in order, so that each value's "layer" can name one.
    private static Dictionary<string, (PolicyLayerReference Reference, int Order)> ReadLayers(StrictJsonReader reader, JsonElement root, bool hasBase)
    {
        var layers = new Dictionary<string, (PolicyLayerReference, int)>(StringComparer.Ordinal);
        if (!StrictJsonReader.TryGet(root, "layers", out _))
        {
            return layers;
        }

        if (hasBase)
        {
            reader.Fail("layers", ErrorCodes.JsonUnknownProperty, "A layer names its base with basedOn; 'layers' belongs to a resolved set written whole.");
            return layers;
        }

        foreach (var (item, itemPath) in reader.Array(root, string.Empty, "layers", required: false, MaxLayersListed))
        {
            if (!reader.ExpectObject(item, itemPath, "id", "name", "nameZh", "region"))
            {
                continue;
            }

            var layerId = reader.PlainText(item, itemPath, "id", required: true);
            var layerName = reader.PlainText(item, itemPath, "name", required: true);
            var layerChineseName = reader.PlainText(item, itemPath, "nameZh", required: false);
            var layerRegion = ReadRegion(reader, item, itemPath);

            if (string.IsNullOrWhiteSpace(layerId) || string.IsNullOrWhiteSpace(layerName))
            {
                continue;
            }

            if (!layers.TryAdd(layerId, (new PolicyLayerReference(layerId, layerName, layerChineseName, layerRegion), layers.Count)))
            {
                reader.Fail(StrictJsonReader.Child(itemPath, "id"), ErrorCodes.JsonDuplicateProperty, "Two layers have this ID.");
            }
        }

        return layers;
    }

    private static RegionCode? ReadRegion(StrictJsonReader reader, JsonElement element, string path)
    {
        if (reader.PlainText(element, path, "region", required: false) is not { } text)
        {
            return null;
        }

        if (RegionCode.TryParse(text, out var code))
        {
            return code;
        }

        reader.Errors.Add(RegionCode.NotACode(StrictJsonReader.Child(path, "region")));
        return null;
    }

    /// <summary>The most layers a written resolved set may list (a chain deeper than a loader allows cannot be written).</summary>
    private const int MaxLayersListed = 64;

    private static Timeline? ReadParameter(StrictJsonReader reader, string parameterId, JsonElement element, bool hasBase, Dictionary<string, (PolicyLayerReference Reference, int Order)> layers, out bool adds)
    {
        adds = false;
        var path = StrictJsonReader.Child("parameters", parameterId);
        if (!ParameterCatalog.TryFind(parameterId, out var parameter))
        {
            // Reported where the parameters are, not under the name given, which is never repeated.
            reader.Fail("parameters", ErrorCodes.ParameterUnknown, "No parameter has this name; see docs/parameters.md for the list.");
            return null;
        }

        if (!reader.ExpectObject(element, path, "rule", "unit", "values", "add"))
        {
            return null;
        }

        adds = StrictJsonReader.TryGet(element, "add", out _);
        if (adds && (StrictJsonReader.TryGet(element, "values", out _) || !hasBase))
        {
            if (hasBase)
            {
                reader.Fail(StrictJsonReader.Child(path, "add"), ErrorCodes.LayerAddWithoutBase, "Give either 'values' (the whole timeline, replacing the base's) or 'add' (values added to the base's), not both.");
            }
            else
            {
                reader.Fail(StrictJsonReader.Child(path, "add"), ErrorCodes.LayerAddWithoutBase, "'add' adds values to the timeline of the set this one is based on; a set without basedOn gives 'values'.");
            }

            return null;
        }

        var rule = reader.String(element, path, "rule", required: false);
        if (rule is not null && rule != parameter.RuleId)
        {
            reader.Fail(StrictJsonReader.Child(path, "rule"), ErrorCodes.UnknownName, $"Parameter {parameter.Id} belongs to rule {parameter.RuleId}.");
        }

        var unit = reader.String(element, path, "unit", required: false);
        if (unit is not null && unit != parameter.UnitToken)
        {
            reader.Fail(StrictJsonReader.Child(path, "unit"), ErrorCodes.UnknownName, $"Parameter {parameter.Id} is stated in {parameter.UnitToken}.");
        }

        return parameter.ReadTimeline(reader, element, path, adds ? "add" : "values", layers.ToDictionary(p => p.Key, p => p.Value.Reference, StringComparer.Ordinal));
    }
}
