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

        RemoveUnreferenced(document, components);
        return Task.CompletedTask;
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
