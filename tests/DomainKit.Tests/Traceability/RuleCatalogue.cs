using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Tests.Traceability;

/// <summary>The rule catalogue kept in docs/rules/catalogue.json: every rule of the policy specification by ID.</summary>
internal sealed class RuleCatalogue
{
    public const string ImplementedStatus = "implemented";
    public const string OutOfScopeStatus = "out-of-scope";

    /// <summary>Partly implemented: the code holds some of the rule, and the reason says what is missing; no run needs to cite it.</summary>
    public const string PartialStatus = "partial";

    private static readonly JsonSerializerOptions Options = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    [JsonPropertyName("rules")]
    public required IReadOnlyList<CataloguedRule> Rules { get; init; }

    public static RuleCatalogue Load(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, "docs", "rules", "catalogue.json");
        return JsonSerializer.Deserialize<RuleCatalogue>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException("docs/rules/catalogue.json is empty.");
    }
}
