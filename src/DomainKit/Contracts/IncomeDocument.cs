using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>One income item of a household member.</summary>
[Description("One income item.")]
public sealed record IncomeDocument
{
    /// <summary>The kind of income, which decides whether it counts.</summary>
    [Description("The kind of income; preferentialTreatment, familyPlanningReward, scholarship, braveryAward and governmentAssistance are not counted (HH-03).")]
    public required IncomeKind Kind { get; init; }

    /// <summary>The amount received over <see cref="Period"/>: by default the policy's whole assessment window.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount received: the total over the policy's assessment window (HH-04), or each month when period is month; a loss is declared as 0.")]
    public required decimal Amount { get; init; }

    /// <summary>What the amount covers: <c>window</c> (the default) or <c>month</c>, counted once per month of the window.</summary>
    [Description("What the amount covers: window (the default, the whole assessment window) or month (counted once for each month of the window).")]
    public IncomePeriod? Period { get; init; }
}
