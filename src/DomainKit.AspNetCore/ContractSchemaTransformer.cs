using System.Text.Json.Nodes;
using DomainKit.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DomainKit.AspNetCore;

/// <summary>
/// Puts the published schema of each contract (docs/schemas) in place of the schema the OpenAPI generator infers
/// from the contract type, then drops the components nothing refers to any more.
/// </summary>
/// <remarks>
/// The generator sees the types but not what the library's own schema generation adds to them (amounts as decimal
/// strings with their bounds, ISO date patterns, the contract name as a constant, optional fields never null), so
/// its schemas would accept documents the readers refuse. Replacing them makes the OpenAPI document and docs/schemas
/// one and the same statement.
/// </remarks>
internal sealed class ContractSchemaTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var components = document.Components?.Schemas;
        if (components is null)
        {
            return Task.CompletedTask;
        }

        foreach (var name in components.Keys.ToList())
        {
            if (ContractSchemas.CurrentContractsByTypeName.TryGetValue(name, out var contract))
            {
                var published = JsonNode.Parse(ContractSchemas.Generate(contract))!.AsObject();
                components[name] = PublishedSchemaConversion.Convert(document, name, published);
            }
        }

        DescribeProblemErrors(components);
        RemoveUnreferenced(document, components);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every problem the endpoints answer with lists its errors (RFC 9457 allows such members); the generator's
    /// ProblemDetails knows only the standard members, so the list is added to it.
    /// </summary>
    private static void DescribeProblemErrors(IDictionary<string, IOpenApiSchema> components)
    {
        if (!components.TryGetValue("ProblemDetails", out var found) || found is not OpenApiSchema problem)
        {
            return;
        }

        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        problem.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        problem.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "Every problem found, each at its field path with a stable code; a refused value is never repeated.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalPropertiesAllowed = false,
                Required = new HashSet<string>(["path", "code", "message"], StringComparer.Ordinal),
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["path"] = Text("The field path, such as household.members[0].birthDate; empty for the body as a whole."),
                    ["code"] = Text("A stable code, such as date.invalid or request.body.tooLarge."),
                    ["message"] = Text("The problem in the language of Accept-Language (en or zh-CN)."),
                },
            },
        };
    }

    private static void RemoveUnreferenced(OpenApiDocument document, IDictionary<string, IOpenApiSchema> components)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                Reach(parameter.Schema, components, reached);
            }

            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Reach(media.Schema, components, reached);
            }

            foreach (var media in (operation.Responses ?? []).Values.SelectMany(response => response.Content?.Values ?? []))
            {
                Reach(media.Schema, components, reached);
            }
        }

        foreach (var name in components.Keys.Where(name => !reached.Contains(name)).ToList())
        {
            components.Remove(name);
        }
    }

    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> components, HashSet<string> reached)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            if (id is null || !reached.Add(id) || !components.TryGetValue(id, out var target))
            {
                return;
            }

            schema = target;
        }

        foreach (var property in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values)
        {
            Reach(property, components, reached);
        }

        Reach(schema.Items, components, reached);
        Reach(schema.AdditionalProperties, components, reached);
        Reach((schema as OpenApiSchema)?.PropertyNames, components, reached);
        Reach(schema.Not, components, reached);
        foreach (var part in (schema.AnyOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AllOf ?? []))
        {
            Reach(part, components, reached);
        }
    }
}
