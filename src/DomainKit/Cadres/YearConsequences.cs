using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Cadres;

/// <summary>What a year's grade brings the cadre (CA-03, CA-04, CA-05, CA-07), with what the Shaanxi bases showed (SX-CA-09) and its explanation.</summary>
/// <param name="Year">The year.</param>
/// <param name="Grade">The grade.</param>
/// <param name="YearsRunning">How many years running, this one included, the cadre has had this grade.</param>
/// <param name="Consequences">The consequences, in their order.</param>
/// <param name="Explanation">The steps, citing the rules and parameters.</param>
public sealed record YearConsequences(int Year, AssessmentGrade Grade, int YearsRunning, ImmutableArray<AssessmentConsequence> Consequences, Explanation Explanation)
{
    /// <summary>What each Shaanxi basis showed for the year, when the policy's indicators name bases (SX-CA-09).</summary>
    public ImmutableArray<BasisResult> Bases { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(YearConsequences? other) =>
        other is not null && Year == other.Year && Grade == other.Grade && YearsRunning == other.YearsRunning && Consequences.SequenceEqual(other.Consequences)
        && Bases.SequenceEqual(other.Bases);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Grade, YearsRunning, Consequences.Length);
}
