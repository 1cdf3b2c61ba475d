namespace DomainKit.Assistance;

/// <summary>
/// One item of a member's income: the total received over the policy's assessment window
/// (<see cref="MeansTestParameters.AssessmentWindowMonths"/>, policy-spec HH-04).
/// </summary>
/// <param name="Kind">The kind of income, which decides whether it counts (HH-03).</param>
/// <param name="Amount">The total over the assessment window; never negative (a loss is declared as zero).</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Income(IncomeKind Kind, Money Amount);
