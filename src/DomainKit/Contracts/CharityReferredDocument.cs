using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>charityReferred</c> event: unmet need is referred to a charity project (ZF-MP-01, ZF-FD-03).</summary>
[Description("Unmet need is referred to a charity project (ZF-MP-01, ZF-FD-03).")]
public sealed record CharityReferredDocument : CaseEventDocument
{
    /// <summary>The charity project.</summary>
    [Description("The charity project.")]
    public required string ProjectId { get; init; }

    /// <summary>The need it pays for.</summary>
    [Description("The need it pays for.")]
    public required Need Need { get; init; }

    /// <summary>The charity account.</summary>
    [Description("The charity account.")]
    public required Fund Fund { get; init; }

    /// <summary>The fund year.</summary>
    [Range(2000, 2200)]
    [Description("The fund year.")]
    public required int Year { get; init; }

    /// <summary>The named fund, if any (ZF-MP-02).</summary>
    [Description("The named fund, if any (ZF-MP-02).")]
    public string? NamedFund { get; init; }

    /// <summary>The amount committed.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount committed.")]
    public required decimal Amount { get; init; }
}
