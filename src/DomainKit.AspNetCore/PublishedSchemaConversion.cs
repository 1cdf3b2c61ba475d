using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DomainKit.AspNetCore;

/// <summary>
/// Turns a published contract schema (draft 2020-12, as docs/schemas holds it) into the OpenAPI 3.1 object model,
/// keyword for keyword, so the OpenAPI document states exactly what the published schema states.
/// </summary>
/// <remarks>
/// A schema that refers to a part of itself (an explanation step holds steps) becomes a component of its own, named
/// after the root and the path to that part, and both places refer to it. A keyword the conversion does not know
/// is an error rather than silently dropped, so a schema and its OpenAPI form cannot drift apart unnoticed.
/// </remarks>
internal sealed class PublishedSchemaConversion
{
    private readonly OpenApiDocument document;
    private readonly string rootName;
    private readonly HashSet<string> targets;

    private PublishedSchemaConversion(OpenApiDocument document, string rootName, HashSet<string> targets)
    {
        this.document = document;
        this.rootName = rootName;
        this.targets = targets;
    }

    /// <summary>Converts a whole published schema into the component <paramref name="rootName"/> of a document.</summary>
    public static OpenApiSchema Convert(OpenApiDocument document, string rootName, JsonObject root)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        CollectReferences(root, targets);
        return new PublishedSchemaConversion(document, rootName, targets).Build(root, "#");
    }

    /// <summary>The component name for a part of a root schema: the root, then the named steps of the path.</summary>
    public static string ComponentName(string rootName, string pointer)
    {
        var steps = pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(step => step is not ("properties" or "items" or "additionalProperties"));
        return string.Join('-', [rootName, .. steps]);
    }

    private static void CollectReferences(JsonNode? node, HashSet<string> targets)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference)
                {
                    targets.Add(reference.GetValue<string>());
                }

                foreach (var (_, value) in obj)
                {
                    CollectReferences(value, targets);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectReferences(item, targets);
                }

                break;
        }
    }

    private IOpenApiSchema Convert(JsonNode? node, string pointer)
    {
        var schema = node as JsonObject ?? throw new InvalidOperationException($"The schema at {pointer} is not an object.");
        if (schema["$ref"] is JsonValue reference)
        {
            var named = Reference(reference.GetValue<string>());
            foreach (var (keyword, value) in schema)
            {
                // Beside a reference JSON Schema 2020-12 allows other keywords; the published schemas put only a
                // description there, which an OpenAPI 3.1 reference carries too.
                named.Description = keyword switch
                {
                    "$ref" => named.Description,
                    "description" => value!.GetValue<string>(),
                    _ => throw new InvalidOperationException($"The published schema {rootName} puts '{keyword}' beside a reference at {pointer}, which the OpenAPI conversion does not carry."),
                };
            }

            return named;
        }

        if (!targets.Contains(pointer))
        {
            return Build(schema, pointer);
        }

        var name = ComponentName(rootName, pointer);
        var components = document.Components!.Schemas!;
        if (!components.ContainsKey(name))
        {
            // Registered before it is built, so a reference inside it finds it.
            var built = new OpenApiSchema();
            components[name] = built;
            Fill(built, schema, pointer);
        }

        return Reference(pointer);
    }

    private OpenApiSchemaReference Reference(string pointer) => new(ComponentName(rootName, pointer), document);

    private OpenApiSchema Build(JsonObject schema, string pointer)
    {
        var built = new OpenApiSchema();
        Fill(built, schema, pointer);
        return built;
    }

    private void Fill(OpenApiSchema built, JsonObject schema, string pointer)
    {
        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                // The root's identity belongs to the published file; in the OpenAPI document the component's name holds it.
                case "$schema" or "$id":
                    break;
                case "title":
                    built.Title = value!.GetValue<string>();
                    break;
                case "description":
                    built.Description = value!.GetValue<string>();
                    break;
                case "type":
                    built.Type = value is JsonArray kinds
                        ? kinds.Aggregate((JsonSchemaType)0, (all, kind) => all | Kind(kind!.GetValue<string>()))
                        : Kind(value!.GetValue<string>());
                    break;
                case "format":
                    built.Format = value!.GetValue<string>();
                    break;
                case "pattern":
                    built.Pattern = value!.GetValue<string>();
                    break;
                case "const":
                    built.Const = value!.GetValue<string>();
                    break;
                case "minimum":
                    built.Minimum = Number(value!);
                    break;
                case "maximum":
                    built.Maximum = Number(value!);
                    break;
                case "enum":
                    built.Enum = [.. value!.AsArray().Select(token => token!.DeepClone())];
                    break;
                case "required":
                    built.Required = new HashSet<string>(value!.AsArray().Select(name => name!.GetValue<string>()), StringComparer.Ordinal);
                    break;
                case "properties":
                    built.Properties = value!.AsObject().ToDictionary(
                        property => property.Key,
                        property => Convert(property.Value, $"{pointer}/properties/{Escape(property.Key)}"),
                        StringComparer.Ordinal);
                    break;
                case "additionalProperties":
                    if (value is JsonValue allowed)
                    {
                        built.AdditionalPropertiesAllowed = allowed.GetValue<bool>();
                    }
                    else
                    {
                        built.AdditionalProperties = Convert(value, $"{pointer}/additionalProperties");
                    }

                    break;
                case "items":
                    built.Items = Convert(value, $"{pointer}/items");
                    break;
                case "propertyNames":
                    built.PropertyNames = Convert(value, $"{pointer}/propertyNames");
                    break;
                case "anyOf":
                    built.AnyOf = [.. value!.AsArray().Select((option, i) => Convert(option, $"{pointer}/anyOf/{i}"))];
                    break;
                default:
                    throw new InvalidOperationException($"The published schema {rootName} uses '{keyword}' at {pointer}, which the OpenAPI conversion does not carry.");
            }
        }
    }

    private static string Number(JsonNode value) => value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture);

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonSchemaType Kind(string kind) => kind switch
    {
        "string" => JsonSchemaType.String,
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "boolean" => JsonSchemaType.Boolean,
        "object" => JsonSchemaType.Object,
        "array" => JsonSchemaType.Array,
        "null" => JsonSchemaType.Null,
        _ => throw new InvalidOperationException($"Unknown JSON Schema type '{kind}'."),
    };
}
