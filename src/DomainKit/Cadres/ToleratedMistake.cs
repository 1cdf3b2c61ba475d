using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// A mistake tolerated by a tolerance decision (FT-02): it never counts against the cadre in assessment, awards
/// or promotion, and it never triggers a step-down (SX-FT-03).
/// </summary>
/// <param name="Id">The decision's opaque ID, which its correction order names.</param>
/// <param name="DecidedOn">The day of the tolerance decision.</param>
/// <param name="Outcome">Exempted or mitigated.</param>
public sealed record ToleratedMistake(string Id, LocalDate DecidedOn, ToleranceOutcome Outcome);
