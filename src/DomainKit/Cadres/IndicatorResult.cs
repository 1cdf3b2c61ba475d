namespace DomainKit.Cadres;

/// <summary>A quantified "hard" indicator for a year: its target and what was achieved (SX-IN-02, SX-CA-09).</summary>
/// <param name="Year">The year.</param>
/// <param name="IndicatorId">The indicator, as the policy's indicator set names it.</param>
/// <param name="Target">The target, in the indicator's own unit.</param>
/// <param name="Actual">What was achieved, in the same unit.</param>
public sealed record IndicatorResult(int Year, string IndicatorId, decimal Target, decimal Actual);
