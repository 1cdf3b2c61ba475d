using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Cadres;

/// <summary>A year's review of whether a cadre steps down: the triggers found and the ways down the policy allows.</summary>
/// <param name="Year">The year reviewed.</param>
/// <param name="Findings">Every trigger found, in trigger order; empty when the cadre stays.</param>
/// <param name="Methods">The ways down the policy's list allows (PD-03 or PD-05).</param>
/// <param name="Explanation">One step per trigger tested, citing its rule and parameters.</param>
public sealed record StepDownReview(int Year, ImmutableArray<StepDownFinding> Findings, ImmutableArray<AdjustmentMethod> Methods, Explanation Explanation)
{
    /// <summary>Whether any trigger was found.</summary>
    public bool StepsDown => !Findings.IsEmpty;

    /// <inheritdoc/>
    public bool Equals(StepDownReview? other) =>
        other is not null && Year == other.Year && Findings.SequenceEqual(other.Findings) && Methods.SequenceEqual(other.Methods);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Findings.Length, Methods.Length);
}
