using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recordRecovery</c> command: records money recovered into an account (FR-01).</summary>
[Description("Records money recovered into an account (FR-01).")]
public sealed record RecordRecoveryActionDocument : CaseActionDocument
{
    /// <summary>The fund the money returns to.</summary>
    [Description("The fund the money returns to.")]
    public required Fund Fund { get; init; }

    /// <summary>The account's year; the year the money is received when left out.</summary>
    [Range(1880, 2200)]
    [Description("The account's year; the year the money is received when left out.")]
    public int? Year { get; init; }

    /// <summary>The named fund within the charity account, if any (ZF-MP-02).</summary>
    [Description("The named fund within the charity account, if any (ZF-MP-02).")]
    public string? NamedFund { get; init; }

    /// <summary>The amount recovered.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount recovered.")]
    public required decimal Amount { get; init; }
}
