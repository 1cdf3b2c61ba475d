using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>paymentMade</c> event: a payment to the case from a fund account, traced to what authorised it.</summary>
[Description("A payment to the case from a fund account, traced to what authorised it.")]
public sealed record PaymentMadeDocument : CaseEventDocument
{
    /// <summary>The fund paid from.</summary>
    [Description("The fund paid from.")]
    public required Fund Fund { get; init; }

    /// <summary>The fund year.</summary>
    [Range(2000, 2200)]
    [Description("The fund year.")]
    public required int Year { get; init; }

    /// <summary>The named fund inside the charity account, if any (ZF-MP-02).</summary>
    [Description("The named fund inside the charity account, if any (ZF-MP-02).")]
    public string? NamedFund { get; init; }

    /// <summary>The amount paid.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount paid.")]
    public required decimal Amount { get; init; }

    /// <summary>The fund ledger entry of the payment.</summary>
    [Description("The fund ledger entry of the payment.")]
    public required int LedgerSequence { get; init; }

    /// <summary>What authorised the payment.</summary>
    [Description("What authorised the payment.")]
    public required PaymentBasis Basis { get; init; }

    /// <summary>The sequence number of the event that authorised it.</summary>
    [Description("The sequence number of the event that authorised it.")]
    public required int AuthorisedBy { get; init; }

    /// <summary>The need paid for, for a payment from the charity account.</summary>
    [Description("The need paid for, for a payment from the charity account.")]
    public Need? Purpose { get; init; }

    /// <summary>For a monthly benefit, the month paid for, yyyy-MM (WF-04).</summary>
    [Description("For a monthly benefit, the month paid for, yyyy-MM (WF-04).")]
    public YearMonth? Month { get; init; }
}
