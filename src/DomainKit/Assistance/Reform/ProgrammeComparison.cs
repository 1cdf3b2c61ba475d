namespace DomainKit.Assistance;

/// <summary>How a reform changes one programme across a caseload.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ProgrammeComparison
{
    /// <summary>The programme.</summary>
    public required Programme Programme { get; init; }

    /// <summary>Households qualifying under the baseline.</summary>
    public required long EligibleBefore { get; init; }

    /// <summary>Households qualifying under the reform.</summary>
    public required long EligibleAfter { get; init; }

    /// <summary>Households qualifying under the reform only.</summary>
    public required long NewlyEligible { get; init; }

    /// <summary>Households qualifying under the baseline only.</summary>
    public required long NoLongerEligible { get; init; }

    /// <summary>The programme's total under the baseline: per month for cash benefits, for the bills given for medical assistance, zero for statuses.</summary>
    public required Money AmountBefore { get; init; }

    /// <summary>The programme's total under the reform, on the same basis.</summary>
    public required Money AmountAfter { get; init; }

    /// <summary>The change of the total.</summary>
    public Money Change => AmountAfter - AmountBefore;

    /// <summary>The share of entitled households assumed to take the programme up (<see cref="ReformComparisonOptions"/>); 100 % unless set.</summary>
    public Rate TakeUp { get; init; } = Rate.FromFraction(1m);

    /// <summary>Households qualifying under the baseline, weighted (equal to <see cref="EligibleBefore"/> without weights).</summary>
    public decimal WeightedEligibleBefore { get; init; }

    /// <summary>Households qualifying under the reform, weighted.</summary>
    public decimal WeightedEligibleAfter { get; init; }

    /// <summary>Households qualifying under the reform only, weighted.</summary>
    public decimal WeightedNewlyEligible { get; init; }

    /// <summary>Households qualifying under the baseline only, weighted.</summary>
    public decimal WeightedNoLongerEligible { get; init; }

    /// <summary>The programme's total under the baseline, weighted, in yuan on the basis of <see cref="AmountBefore"/>.</summary>
    public decimal WeightedAmountBefore { get; init; }

    /// <summary>The programme's total under the reform, weighted, in yuan.</summary>
    public decimal WeightedAmountAfter { get; init; }

    /// <summary>The households estimated to receive the programme under the baseline: weighted and taken up.</summary>
    public decimal EstimatedRecipientsBefore => WeightedEligibleBefore * TakeUp.Value;

    /// <summary>The households estimated to receive the programme under the reform: weighted and taken up.</summary>
    public decimal EstimatedRecipientsAfter => WeightedEligibleAfter * TakeUp.Value;

    /// <summary>The estimated total under the baseline, in yuan: weighted and taken up.</summary>
    public decimal EstimatedAmountBefore => WeightedAmountBefore * TakeUp.Value;

    /// <summary>The estimated total under the reform, in yuan: weighted and taken up.</summary>
    public decimal EstimatedAmountAfter => WeightedAmountAfter * TakeUp.Value;
}
