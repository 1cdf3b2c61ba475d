namespace DomainKit.Cadres;

/// <summary>How the cadre's unit was rated for a year (PD-07 (1)).</summary>
/// <param name="Year">The year.</param>
/// <param name="Rating">The rating.</param>
public sealed record UnitRatingRecord(int Year, UnitRating Rating);
