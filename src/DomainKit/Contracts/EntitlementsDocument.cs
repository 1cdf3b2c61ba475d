using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/entitlements@2</c> contract: a household's whole entitlement at one window (written by <c>domainkit assess --json</c>).</summary>
[Description("A household's whole entitlement at one window: every programme it qualifies for, the monthly cash, each decision with its explanation, and what the policy leaves unset.")]
public sealed record EntitlementsDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/entitlements@2";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The date of evaluation.</summary>
    [Description("The date of evaluation.")]
    public required LocalDate Date { get; init; }

    /// <summary>The policy set's ID.</summary>
    [Description("The policy set's ID.")]
    public required string Policy { get; init; }

    /// <summary>The policy set's version.</summary>
    [Description("The policy set's version.")]
    public required string PolicyVersion { get; init; }

    /// <summary>The SHA-256 of the policy set as a policy file (<see cref="Policies.PolicySet.ContentHash"/>); absent in documents written before it was added.</summary>
    [Description("sha256: and 64 hex digits: the hash of the policy set as a policy file, which tells apart two sets that share an ID and version.")]
    public string? PolicyContentHash { get; init; }

    /// <summary>The language of every summary and reason: en or zh-CN.</summary>
    [Description("The language of every summary and reason: en or zh-CN.")]
    public required string Language { get; init; }

    /// <summary>The programmes the household qualifies for.</summary>
    [Description("The programmes the household qualifies for.")]
    public required ImmutableArray<Programme> Qualifying { get; init; }

    /// <summary>The cash paid each month across programmes.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The cash paid each month across programmes.")]
    public required decimal MonthlyCash { get; init; }

    /// <summary>Each programme's decision, with its explanation.</summary>
    [Description("Each programme's decision, with its explanation.")]
    public required ImmutableArray<ProgrammeDecisionDocument> Decisions { get; init; }

    /// <summary>For each programme the policy cannot decide (keyed by programme token), the parameter IDs it leaves unset.</summary>
    [Description("For each programme the policy cannot decide (keyed by programme token), the parameter IDs it leaves unset.")]
    public required ImmutableSortedDictionary<string, ImmutableArray<string>> NotSet { get; init; }
}
