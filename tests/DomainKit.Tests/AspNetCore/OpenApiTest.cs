using System.Net;
using System.Text.Json.Nodes;
using DomainKit.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace DomainKit.Tests.AspNetCore;

/// <summary>
/// The OpenAPI document of the endpoints (Microsoft.AspNetCore.OpenApi with <c>AddDomainKitContracts</c>): every
/// endpoint described, and every contract in it, followed through its references, the same schema as the published
/// file in docs/schemas, keyword for keyword; and the interactive page served without any network access.
/// </summary>
public sealed class OpenApiTest
{
    private static readonly string[] Operations =
    [
        "listPolicies", "getPolicy", "getPolicyParameters", "getParameterHistory", "listRules", "assess", "decideProgramme", "compare",
        "openCase", "sendCaseCommand", "getCaseHistory", "getCaseSchedule", "getCaseAccountability", "getAccountability",
    ];

    [Fact]
    public async Task EveryContractInTheDocument_IsItsPublishedSchema()
    {
        var document = await OpenApiDocument();
        var components = document["components"]!["schemas"]!.AsObject();
        var compared = new List<string>();
        foreach (var (name, schema) in components)
        {
            if (!ContractSchemas.CurrentContractsByTypeName.TryGetValue(name, out var contract))
            {
                continue;
            }

            var published = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "schemas", ContractSchemas.FileName(contract))))!.AsObject();
            published.Remove("$schema");
            published.Remove("$id");
            AssertSame(schema, "#/components/schemas/" + name, document, published, "#", published, new HashSet<(string, string)>());
            compared.Add(contract);
        }

        Assert.Equal(
            new[] { AccountabilityDocument.SchemaName, CaseCommandDocument.SchemaName, CaseHistoryDocument.SchemaName, CaseScheduleDocument.SchemaName, CaseUpdateDocument.SchemaName, EntitlementsDocument.SchemaName, HouseholdClaimsDocument.SchemaName, HouseholdDocument.SchemaName, PolicyListDocument.SchemaName, PolicyParametersDocument.SchemaName, PolicySetDocument.SchemaName, ReformReportDocument.SchemaName }.Order(StringComparer.Ordinal),
            compared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryEndpointIsDescribed_AndNoComponentIsLeftUnused()
    {
        var document = await OpenApiDocument();
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => (Path: path.Key, Method: method.Key, Operation: method.Value!)))
            .ToList();
        Assert.Equal(Operations.Order(StringComparer.Ordinal), operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var assess = operations.Single(o => o.Path == "/api/assess").Operation;
        Assert.Equal("#/components/schemas/HouseholdClaimsDocument", assess["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/EntitlementsDocument", assess["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());

        // Every component is reached from an operation: the generator's own versions of the contracts' parts are gone.
        var text = document.ToJsonString();
        foreach (var (name, _) in document["components"]!["schemas"]!.AsObject())
        {
            Assert.Contains($"\"#/components/schemas/{name}\"", text, StringComparison.Ordinal);
        }

        Assert.Null(document["components"]!["schemas"]!["MedicalBillDocument"]);

        // A problem's errors are described as the endpoints write them.
        var error = document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["errors"]!["items"]!;
        Assert.Equal(["path", "code", "message"], error["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        var refused = assess["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>();
        Assert.Equal("#/components/schemas/ProblemDetails", refused);
    }

    [Fact]
    public async Task TheApiPage_IsServedWithItsScriptFromTheApplication()
    {
        await using var host = await ApiHost.Start(services: Services, more: Endpoints);
        using var page = await host.Client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script[^>]+src=\"(?<src>[^\"]+)\"").Groups["src"].Value;
        Assert.False(string.IsNullOrEmpty(script), html);
        Assert.DoesNotContain("//", script, StringComparison.Ordinal);
        using var code = await host.Client.GetAsync(new Uri(new Uri(host.Address, "/scalar/"), script));
        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        Assert.True((await code.Content.ReadAsByteArrayAsync()).Length > 100_000, "the page's script is not the bundled one");
    }

    private static void Services(WebApplicationBuilder builder) => builder.Services.AddOpenApi(options => options.AddDomainKitContracts());

    private static void Endpoints(WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
    }

    private static async Task<JsonObject> OpenApiDocument()
    {
        await using var host = await ApiHost.Start(services: Services, more: Endpoints);
        using var response = await host.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>
    /// The two schemas say the same: the same keywords with the same values, the same properties, items and options,
    /// each side's references followed within its own document (the OpenAPI document's components, the published
    /// file's pointers into itself).
    /// </summary>
    private static void AssertSame(JsonNode? openApi, string openApiAt, JsonObject openApiRoot, JsonNode? published, string publishedAt, JsonObject publishedRoot, HashSet<(string, string)> seen)
    {
        (openApi, openApiAt) = Follow(openApi, openApiAt, openApiRoot);
        (published, publishedAt) = Follow(published, publishedAt, publishedRoot);
        if (!seen.Add((openApiAt, publishedAt)))
        {
            return;
        }

        var a = Assert.IsType<JsonObject>(openApi);
        var b = Assert.IsType<JsonObject>(published);
        Assert.True(
            a.Select(k => k.Key).Order(StringComparer.Ordinal).SequenceEqual(b.Select(k => k.Key).Order(StringComparer.Ordinal)),
            $"{publishedAt}: keywords {string.Join(",", a.Select(k => k.Key))} in the OpenAPI document, {string.Join(",", b.Select(k => k.Key))} published");
        foreach (var (keyword, value) in b)
        {
            var other = a[keyword];
            switch (keyword)
            {
                case "properties":
                    Assert.Equal(value!.AsObject().Select(p => p.Key), other!.AsObject().Select(p => p.Key));
                    foreach (var (name, property) in value.AsObject())
                    {
                        AssertSame(other[name], $"{openApiAt}/properties/{name}", openApiRoot, property, $"{publishedAt}/properties/{name}", publishedRoot, seen);
                    }

                    break;
                case "items" or "propertyNames" or "additionalProperties" when value is JsonObject:
                    AssertSame(other, $"{openApiAt}/{keyword}", openApiRoot, value, $"{publishedAt}/{keyword}", publishedRoot, seen);
                    break;
                case "anyOf":
                    Assert.Equal(value!.AsArray().Count, other!.AsArray().Count);
                    for (var i = 0; i < value.AsArray().Count; i++)
                    {
                        AssertSame(other[i], $"{openApiAt}/anyOf/{i}", openApiRoot, value[i], $"{publishedAt}/anyOf/{i}", publishedRoot, seen);
                    }

                    break;
                case "minimum" or "maximum":
                    Assert.Equal(value!.GetValue<decimal>(), other!.GetValue<decimal>());
                    break;
                default:
                    Assert.True(JsonNode.DeepEquals(value, other), $"{publishedAt}/{keyword}: {other?.ToJsonString()} in the OpenAPI document, {value?.ToJsonString()} published");
                    break;
            }
        }
    }

    /// <summary>
    /// Follows a reference to what it names. Keywords beside a reference (a description) apply together with it, so
    /// they are laid over the target; such a use is told apart from the bare target in <c>At</c>.
    /// </summary>
    private static (JsonNode? Node, string At) Follow(JsonNode? node, string at, JsonObject root)
    {
        for (var hops = 0; node is JsonObject reference && reference["$ref"] is JsonValue target; hops++)
        {
            Assert.True(hops < 32, $"{at}: references go round in a circle");
            var beside = reference.Where(k => k.Key != "$ref").Select(k => (k.Key, Value: k.Value?.DeepClone())).ToList();
            at = target.GetValue<string>();
            node = root;
            foreach (var step in at.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node![step.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            if (beside.Count > 0 && node is JsonObject named)
            {
                var laid = named.DeepClone().AsObject();
                foreach (var (key, value) in beside)
                {
                    laid[key] = value;
                }

                node = laid;
                at += " with " + string.Join(",", beside.Select(b => b.Key + "=" + b.Value?.ToJsonString()));
            }
        }

        return (node, at);
    }
}
