using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>One income item of a household member.</summary>
[Description("One income item.")]
public sealed record IncomeDocument
{
    /// <summary>The kind of income, which decides whether it counts.</summary>
    [Description("The kind of income; preferentialTreatment, familyPlanningReward, scholarship, braveryAward and governmentAssistance are not counted (HH-03).")]
    public required IncomeKind Kind { get; init; }

    /// <summary>The total received over the policy's assessment window.</summary>
    [Yuan(0, 10_000_000_000)]
    [Description("The total received over the policy's assessment window (HH-04); a loss is declared as 0.")]
    public required decimal Amount { get; init; }
}
