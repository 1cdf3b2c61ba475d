using NodaTime;

namespace DomainKit.Cadres;

/// <summary>
/// A time during which the cadre may not be promoted: from its first day up to, not including, its end day. A
/// sanction's period counts from the day the sanction decision takes effect, that day included (CA-08, 政务处分法
/// art. 8), so a 12-month demerit effective 2026-01-10 blocks up to and including 2027-01-09. GEN-01's "the start
/// day is not counted" governs deadlines, not sanction periods.
/// </summary>
/// <param name="Kind">What bars it.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="From">The first day barred.</param>
/// <param name="Until">The first day no longer barred.</param>
public sealed record PromotionBar(PromotionBarKind Kind, string RuleId, LocalDate From, LocalDate Until)
{
    /// <summary>Whether the bar holds on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="From"/> up to the day before <see cref="Until"/>.</returns>
    public bool HoldsOn(LocalDate date) => date >= From && date < Until;
}
