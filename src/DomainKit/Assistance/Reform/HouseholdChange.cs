namespace DomainKit.Assistance;

/// <summary>One household's outcomes under the baseline and the reform, as the comparison streams them.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct HouseholdChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="index">The household's position in the caseload.</param>
    /// <param name="before">Its outcomes under the baseline.</param>
    /// <param name="after">Its outcomes under the reform.</param>
    public HouseholdChange(long index, HouseholdAssessmentResult before, HouseholdAssessmentResult after)
    {
        Index = index;
        Before = before;
        After = after;
    }

    /// <summary>The household's position in the caseload.</summary>
    public long Index { get; }

    /// <summary>Its outcomes under the baseline.</summary>
    public HouseholdAssessmentResult Before { get; }

    /// <summary>Its outcomes under the reform.</summary>
    public HouseholdAssessmentResult After { get; }

    /// <summary>The change of its annual value (see <see cref="ReformComparison.AnnualValue"/>).</summary>
    public Money AnnualChange => ReformComparison.AnnualValue(After) - ReformComparison.AnnualValue(Before);
}
