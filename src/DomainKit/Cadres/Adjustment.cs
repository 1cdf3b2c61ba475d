using NodaTime;

namespace DomainKit.Cadres;

/// <summary>A past step down, which bars re-use for a time (PD-04).</summary>
/// <param name="On">The day it took effect.</param>
/// <param name="Method">How the cadre stepped down.</param>
/// <param name="ForAccountability">Whether it was a removal or resignation for accountability (问责).</param>
public sealed record Adjustment(LocalDate On, AdjustmentMethod Method, bool ForAccountability);
