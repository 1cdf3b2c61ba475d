using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// An application to tolerate a mistake (容错, FT-01 to FT-06, SX-FT-02): the facts found, one finding for each of
/// the three distinctions, the four boundaries and the six factors, and the exclusions found.
/// </summary>
public sealed record ToleranceApplication
{
    /// <summary>The application's opaque ID, which a tolerated mistake keeps.</summary>
    public required string Id { get; init; }

    /// <summary>The day of the mistake.</summary>
    public required LocalDate MistakeOn { get; init; }

    /// <summary>Whether the mistake was made while performing official duties (FT-02).</summary>
    public required bool InPerformanceOfDuties { get; init; }

    /// <summary>For each of the three distinctions, whether the mistake lies on the tolerable side (FT-01).</summary>
    public ImmutableDictionary<ToleranceDistinction, bool> Distinctions { get; init; } = ImmutableDictionary<ToleranceDistinction, bool>.Empty;

    /// <summary>For each of the four boundaries, whether the cadre lies on the tolerable side (SX-FT-02).</summary>
    public ImmutableDictionary<ToleranceBoundary, bool> Boundaries { get; init; } = ImmutableDictionary<ToleranceBoundary, bool>.Empty;

    /// <summary>For each of the six factors, which way it weighs (FT-03).</summary>
    public ImmutableDictionary<ToleranceFactor, FactorWeight> Factors { get; init; } = ImmutableDictionary<ToleranceFactor, FactorWeight>.Empty;

    /// <summary>The exclusions found (FT-06): any the policy lists makes the mistake intolerable.</summary>
    public EnumSet<ToleranceExclusion> Exclusions { get; init; }
}
