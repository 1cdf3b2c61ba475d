namespace DomainKit.Cadres;

/// <summary>One quantified "hard" indicator of the policy's set: its weight, which way is better, and the assessment basis it feeds (SX-IN-02, SX-CA-09).</summary>
/// <param name="Id">The indicator's ID, as results name it.</param>
/// <param name="Weight">Its share of the quantitative score; the set's weights add up to 100%.</param>
/// <param name="HigherIsBetter">Whether exceeding the target is good (output, income) or bad (costs, accidents).</param>
public sealed record IndicatorDefinition(string Id, Rate Weight, bool HigherIsBetter)
{
    /// <summary>
    /// The Shaanxi assessment basis the indicator belongs to (SX-CA-09), or null for an indicator outside them. An
    /// indicator of the key-project basis with no result of its own is measured from the year's quarterly key-project
    /// grades.
    /// </summary>
    public AssessmentBasis? Basis { get; init; }
}
