using DomainKit.AspNetCore;
using Microsoft.AspNetCore.OpenApi;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Describes the DomainKit endpoints in an OpenAPI document with the contracts' published schemas.</summary>
public static class DomainKitOpenApiOptionsExtensions
{
    /// <summary>
    /// Makes every contract document in the OpenAPI document (the household, the claims, the entitlements, the
    /// policy documents, the reform report) carry exactly its published JSON Schema (docs/schemas), so a client
    /// generated from the OpenAPI document validates what the library's readers validate.
    /// </summary>
    /// <param name="options">The options of <c>services.AddOpenApi(...)</c>.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static OpenApiOptions AddDomainKitContracts(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddDocumentTransformer(new ContractSchemaTransformer());
    }
}
