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
}
