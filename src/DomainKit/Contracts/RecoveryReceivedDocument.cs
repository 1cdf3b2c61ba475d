using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recoveryReceived</c> event: recovered money returns to the fund that paid it.</summary>
[Description("Recovered money returns to the fund that paid it.")]
public sealed record RecoveryReceivedDocument : CaseEventDocument
{
    /// <summary>The fund credited.</summary>
    [Description("The fund credited.")]
    public required Fund Fund { get; init; }

    /// <summary>The fund year.</summary>
    [Range(2000, 2200)]
    [Description("The fund year.")]
    public required int Year { get; init; }

    /// <summary>The named fund, if any.</summary>
    [Description("The named fund, if any.")]
    public string? NamedFund { get; init; }

    /// <summary>The amount received.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount received.")]
    public required decimal Amount { get; init; }

    /// <summary>The fund ledger entry of the receipt.</summary>
    [Description("The fund ledger entry of the receipt.")]
    public required int LedgerSequence { get; init; }
}
