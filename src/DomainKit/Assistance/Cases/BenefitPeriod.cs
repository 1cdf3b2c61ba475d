using NodaTime;

namespace DomainKit.Assistance;

/// <summary>A monthly benefit's amount from a month until the next period begins (WF-04, DB-09).</summary>
/// <param name="From">The first month of the period.</param>
/// <param name="Amount">The monthly amount; zero once the benefit is stopped.</param>
/// <param name="SetBy">The sequence number of the approval or change that set it.</param>
public sealed record BenefitPeriod(YearMonth From, Money Amount, long SetBy);
