using NodaTime;

namespace DomainKit.Cadres;

/// <summary>A sanction and the day it took effect; its period blocks promotion (CA-08).</summary>
/// <param name="Kind">The sanction.</param>
/// <param name="ImposedOn">The day it took effect.</param>
public sealed record Sanction(SanctionKind Kind, LocalDate ImposedOn);
