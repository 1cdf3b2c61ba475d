namespace DomainKit.Assistance;

/// <summary>
/// One item of a member's income: by default the total received over the policy's assessment window
/// (<see cref="MeansTestParameters.AssessmentWindowMonths"/>, policy-spec HH-04), or with <see cref="Period"/>
/// <see cref="IncomePeriod.Month"/> the amount received each month.
/// </summary>
/// <param name="Kind">The kind of income, which decides whether it counts (HH-03).</param>
/// <param name="Amount">The amount over <see cref="Period"/>; never negative (a loss is declared as zero).</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Income(IncomeKind Kind, Money Amount)
{
    /// <summary>What <see cref="Amount"/> covers; the means test counts a monthly amount once per month of the window.</summary>
    public IncomePeriod Period { get; init; } = IncomePeriod.Window;
}
