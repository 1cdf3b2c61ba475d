using System.Text.Json.Serialization;

namespace DomainKit.Tests.Traceability;

/// <summary>One rule of the catalogue: its ID, the specification's section and title, its source and sureness tags.</summary>
internal sealed class CataloguedRule
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("section")]
    public required string Section { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("tags")]
    public required IReadOnlyList<string> Tags { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Why an implemented rule produces no explanation step by nature (a validation-only rule, for example); null when it does.</summary>
    [JsonPropertyName("noStep")]
    public string? NoStep { get; init; }

    public bool IsImplemented => Status == RuleCatalogue.ImplementedStatus;

    /// <summary>Whether the code holds the rule, wholly or in part.</summary>
    public bool IsInCode => Status is RuleCatalogue.ImplementedStatus or RuleCatalogue.PartialStatus;
}
