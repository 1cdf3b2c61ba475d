using System.Collections.Frozen;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the contracts, generated from the contract documents of
/// <see cref="ContractJsonContext"/>: their properties, types, required fields, enum tokens, descriptions, and the
/// library's rules for dates, instants and amounts. The repository stores them in docs/schemas/, and a test fails
/// when the types and the stored schemas drift.
/// </summary>
/// <remarks>This class is thread-safe.</remarks>
public static class ContractSchemas
{
    private const string DialectUri = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // Descriptions are English, but nothing here is embedded in HTML; readable text beats \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly FrozenDictionary<string, JsonTypeInfo> Roots = new Dictionary<string, JsonTypeInfo>(StringComparer.Ordinal)
    {
        [AccountabilityDocument.SchemaName] = ContractJsonContext.Default.AccountabilityDocument,
        [CadreAssessmentDocument.SchemaName] = ContractJsonContext.Default.CadreAssessmentDocument,
        [CadreDocument.SchemaName] = ContractJsonContext.Default.CadreDocument,
        [CaseCommandDocument.SchemaName] = ContractJsonContext.Default.CaseCommandDocument,
        [CaseHistoryDocument.SchemaName] = ContractJsonContext.Default.CaseHistoryDocument,
        [CaseScheduleDocument.SchemaName] = ContractJsonContext.Default.CaseScheduleDocument,
        [CaseUpdateDocument.SchemaName] = ContractJsonContext.Default.CaseUpdateDocument,
        [DibaoDecisionDocument.SchemaName] = ContractJsonContext.Default.DibaoDecisionDocument,
        [EntitlementsDocument.SchemaName] = ContractJsonContext.Default.EntitlementsDocument,
        [HouseholdClaimsDocument.SchemaName] = ContractJsonContext.Default.HouseholdClaimsDocument,
        [HouseholdDocument.SchemaName] = ContractJsonContext.Default.HouseholdDocument,
        [PolicyListDocument.SchemaName] = ContractJsonContext.Default.PolicyListDocument,
        [PolicyParametersDocument.SchemaName] = ContractJsonContext.Default.PolicyParametersDocument,
        [PolicyRegistryDocument.SchemaName] = ContractJsonContext.Default.PolicyRegistryDocument,
        [PolicySetDocument.SchemaName] = ContractJsonContext.Default.PolicySetDocument,
        [ReformReportDocument.SchemaName] = ContractJsonContext.Default.ReformReportDocument,
        [ReviewResultDocument.SchemaName] = ContractJsonContext.Default.ReviewResultDocument,
        [SurveyHouseholdDocument.SchemaName] = ContractJsonContext.Default.SurveyHouseholdDocument,
        [ValidationErrorsDocument.SchemaName] = ContractJsonContext.Default.ValidationErrorsDocument,
        // The first versions still read: the same documents, but with amounts as JSON numbers.
        [Assistance.CaseEventJson.FirstSchema] = ContractJsonContext.Default.CaseHistoryDocument,
        [Assistance.HouseholdJson.FirstSchema] = ContractJsonContext.Default.HouseholdDocument,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberAmounts = new[] { Assistance.CaseEventJson.FirstSchema, Assistance.HouseholdJson.FirstSchema }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The contract each document type writes today, by the type's name (<c>HouseholdDocument</c> is
    /// <c>domainkit/household@2</c>, not the first version it still reads), for schemas published elsewhere, such as
    /// the components of an OpenAPI document, which are named after the types.
    /// </summary>
    internal static FrozenDictionary<string, string> CurrentContractsByTypeName { get; } = Roots
        .Where(r => !NumberAmounts.Contains(r.Key))
        .ToFrozenDictionary(r => r.Value.Type.Name, r => r.Key, StringComparer.Ordinal);

    /// <summary>Every contract that has a schema, such as <c>domainkit/household@1</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> Contracts { get; } = [.. Roots.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The file name of a contract's schema: <c>domainkit/household@1</c> is <c>household-1.schema.json</c>.</summary>
    /// <param name="contract">A contract of <see cref="Contracts"/>.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentException"><paramref name="contract"/> is not one of <see cref="Contracts"/>.</exception>
    public static string FileName(string contract)
    {
        Check(contract);
        var (name, version) = Split(contract);
        return $"{name}-{version}.schema.json";
    }

    /// <summary>The schema of a contract, as indented JSON ending with a line break.</summary>
    /// <param name="contract">A contract of <see cref="Contracts"/>.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="contract"/> is not one of <see cref="Contracts"/>.</exception>
    public static string Generate(string contract)
    {
        Check(contract);
        var numberAmounts = NumberAmounts.Contains(contract);
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = (context, node) => Transform(context, node, numberAmounts) };
        var schema = Roots[contract].GetJsonSchemaAsNode(exporter).AsObject();
        var (name, version) = Split(contract);
        var root = new JsonObject
        {
            ["$schema"] = DialectUri,
            ["$id"] = $"https://domainkit.dev/schemas/{name}-{version}.schema.json",
            ["title"] = contract,
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        if (root["properties"]?["schema"] is JsonObject schemaProperty)
        {
            schemaProperty["const"] = contract;
        }

        if (contract == PolicySetDocument.SchemaName && root["properties"]?["parameters"] is JsonObject parameters)
        {
            // A policy file may name only the parameters the library knows.
            parameters["propertyNames"] = new JsonObject { ["enum"] = new JsonArray([.. Policies.ParameterCatalog.All.Select(p => (JsonNode)p.Id)]) };
        }

        return root.ToJsonString(Output) + "\n";
    }

    private static void Check(string contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (!Roots.ContainsKey(contract))
        {
            throw new ArgumentException($"No contract is named '{contract}'; see ContractSchemas.Contracts.", nameof(contract));
        }
    }

    private static (string Name, string Version) Split(string contract)
    {
        var slash = contract.IndexOf('/', StringComparison.Ordinal);
        var at = contract.IndexOf('@', StringComparison.Ordinal);
        return (contract[(slash + 1)..at], contract[(at + 1)..]);
    }

    /// <summary>Adds what the types alone cannot say: descriptions, date and amount formats, and no null for optional fields.</summary>
    private static JsonObject Transform(JsonSchemaExporterContext context, JsonNode node, bool numberAmounts)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var schema = node as JsonObject ?? [];
        if (type == typeof(LocalDate))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };
        }
        else if (type == typeof(YearMonth))
        {
            schema = new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-(0[1-9]|1[0-2])$" };
        }
        else if (type == typeof(Instant))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "date-time", ["pattern"] = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$" };
        }

        var property = context.PropertyInfo;
        var attributes = property?.AttributeProvider ?? (ICustomAttributeProvider)type;
        if (property is not null && !property.IsRequired && schema["type"] is JsonArray types)
        {
            // An optional field is left out, never written as null; the library's readers refuse null.
            var kinds = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            schema["type"] = kinds.Count == 1 ? kinds[0] : new JsonArray([.. kinds.Select(k => (JsonNode)k)]);
        }

        if (property is not null && !property.IsRequired && schema["enum"] is JsonArray tokens && tokens.Any(t => t is null))
        {
            // The same for an optional token: left out, never null.
            schema["enum"] = new JsonArray([.. tokens.Where(t => t is not null).Select(t => t!.DeepClone())]);
        }

        if (Attribute<YuanAttribute>(attributes) is { } stages && schema["type"] is JsonNode kind && kind.ToJsonString().Contains("array", StringComparison.Ordinal))
        {
            // A list of amounts: each item a decimal string.
            schema = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = Serialization.AmountText.Pattern((decimal)stages.Minimum, (decimal)stages.Maximum) },
            };
        }
        else if (Attribute<YuanAttribute>(attributes) is { } yuan)
        {
            // A decimal string, never a number: validators read JSON numbers as binary floating point, and no
            // "multipleOf": 0.01 then holds for 19.99. The pattern states the bounds and the fen exactly.
            schema = numberAmounts
                ? new JsonObject
                {
                    // The first versions' numbers: the bounds only, since no validator can check the fen of a binary
                    // floating-point number; the library's readers refuse a third decimal.
                    ["type"] = "number",
                    ["minimum"] = yuan.Minimum,
                    ["maximum"] = yuan.Maximum,
                }
                : new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = Serialization.AmountText.Pattern((decimal)yuan.Minimum, (decimal)yuan.Maximum),
                };
        }

        if (Attribute<RangeAttribute>(attributes) is { } range)
        {
            schema["minimum"] = JsonValue.Create(Convert.ToInt64(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
            schema["maximum"] = JsonValue.Create(Convert.ToInt64(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Attribute<RegularExpressionAttribute>(attributes) is { } pattern)
        {
            schema["pattern"] = pattern.Pattern;
        }

        if (Attribute<DescriptionAttribute>(attributes) is { } description && schema["description"] is null)
        {
            schema.Insert(0, "description", description.Description);
        }

        return schema;
    }

    private static T? Attribute<T>(ICustomAttributeProvider? provider)
        where T : Attribute =>
        provider?.GetCustomAttributes(typeof(T), inherit: false).OfType<T>().FirstOrDefault();
}
