using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>changeBenefit</c> command: changes or stops a monthly benefit from a month on (DB-09).</summary>
[Description("Changes or stops a monthly benefit from a month on (DB-09).")]
public sealed record ChangeBenefitActionDocument : CaseActionDocument
{
    /// <summary>Why the benefit changes (DB-09).</summary>
    [Description("Why the benefit changes (DB-09).")]
    public required BenefitChangeGrounds Grounds { get; init; }

    /// <summary>The new monthly amount; 0.00 stops it.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The new monthly amount; 0.00 stops it.")]
    public required decimal Amount { get; init; }

    /// <summary>The first month of the new amount, yyyy-MM.</summary>
    [Description("The first month of the new amount, yyyy-MM.")]
    public required YearMonth From { get; init; }

    /// <summary>Why the benefit stops, when the amount is 0.00.</summary>
    [Description("Why the benefit stops, when the amount is 0.00.")]
    public BenefitStopReason? StopReason { get; init; }
}
