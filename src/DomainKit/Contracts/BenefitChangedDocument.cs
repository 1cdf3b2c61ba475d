using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>benefitChanged</c> event: the monthly benefit is raised, lowered or stopped from a month on (DB-09).</summary>
[Description("The monthly benefit is raised, lowered or stopped from a month on (DB-09); the reason in the header is the written reason given to the household.")]
public sealed record BenefitChangedDocument : CaseEventDocument
{
    /// <summary>What the change rests on: a change the recipient reported, or a periodic review.</summary>
    [Description("What the change rests on: a change the recipient reported, or a periodic review (DB-10).")]
    public required BenefitChangeGrounds Grounds { get; init; }

    /// <summary>The monthly amount from the month on; zero stops the benefit.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The monthly amount from the month on; zero stops the benefit.")]
    public required decimal Amount { get; init; }

    /// <summary>The first month of the new amount, yyyy-MM.</summary>
    [Description("The first month of the new amount, yyyy-MM.")]
    public required YearMonth From { get; init; }

    /// <summary>For a stop, its ground; absent otherwise.</summary>
    [Description("For a stop, its ground; absent otherwise.")]
    public BenefitStopReason? StopReason { get; init; }
}
