namespace DomainKit.Cadres;

/// <summary>One quantified "hard" indicator of the policy's set: its weight and which way is better (SX-IN-02).</summary>
/// <param name="Id">The indicator's ID, as results name it.</param>
/// <param name="Weight">Its share of the quantitative score; the set's weights add up to 100%.</param>
/// <param name="HigherIsBetter">Whether exceeding the target is good (output, income) or bad (costs, accidents).</param>
public sealed record IndicatorDefinition(string Id, Rate Weight, bool HigherIsBetter);
