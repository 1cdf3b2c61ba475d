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
    public static Result<PolicySet> Parse(ReadOnlyMemory<byte> utf8Json)
    {
        var read = ParseUnchecked(utf8Json);
        return read.IsSuccess && PolicySets.BundledIds.Contains(read.Value.Id) && PolicySets.Bundled(read.Value.Id).Value.ContentHash != read.Value.ContentHash
            ? Result<PolicySet>.Invalid(Errors.At("id", ErrorCodes.PolicyIdReserved, "This ID belongs to a bundled policy set, and this file differs from it; give the file an ID of its own."))
            : read;
    }

    /// <summary>Reads a policy set without comparing it with the bundled set of its ID: for the bundled sets themselves.</summary>
    internal static Result<PolicySet> ParseUnchecked(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, Read);

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

    private static Result<PolicySet> Read(JsonElement root)
    {
        var reader = new StrictJsonReader();
        if (!reader.ExpectObject(root, string.Empty, "schema", "id", "name", "nameZh", "version", "description", "descriptionZh", "parameters"))
        {
            return Result<PolicySet>.Invalid(reader.Errors);
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
        var timelines = new List<Timeline>();
        if (StrictJsonReader.TryGet(root, "parameters", out var parameters))
        {
            if (reader.ExpectMap(parameters, "parameters"))
            {
                foreach (var property in parameters.EnumerateObject())
                {
                    var timeline = ReadParameter(reader, property.Name, property.Value);
                    if (timeline is not null)
                    {
                        timelines.Add(timeline);
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
            return Result<PolicySet>.Invalid(reader.Errors);
        }

        return PolicySet.Create(id!, name!, version!, description, timelines.DistinctBy(t => t.Parameter), chineseName, chineseDescription);
    }

    private static Timeline? ReadParameter(StrictJsonReader reader, string parameterId, JsonElement element)
    {
        var path = StrictJsonReader.Child("parameters", parameterId);
        if (!ParameterCatalog.TryFind(parameterId, out var parameter))
        {
            // Reported where the parameters are, not under the name given, which is never repeated.
            reader.Fail("parameters", ErrorCodes.ParameterUnknown, "No parameter has this name; see docs/parameters.md for the list.");
            return null;
        }

        if (!reader.ExpectObject(element, path, "rule", "unit", "values"))
        {
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

        return parameter.ReadTimeline(reader, element, path);
    }
}
