namespace DomainKit.Cadres;

/// <summary>What one basis of the Shaanxi assessment shows for a cadre's year (SX-CA-09).</summary>
/// <param name="Basis">The basis.</param>
/// <param name="Indicators">How many of the basis's indicators have a result for the year.</param>
/// <param name="Achievement">The weighted average share of their targets achieved, capped as the incentive caps it; null when none has a result.</param>
public sealed record BasisResult(AssessmentBasis Basis, int Indicators, decimal? Achievement);
