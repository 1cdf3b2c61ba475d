using System.Collections.Immutable;
using NodaTime;

namespace DomainKit;

/// <summary>A calendar's parts before validation; property names are the paths of errors.</summary>
internal sealed record WorkingDayCalendarCandidate(string? Name, ImmutableArray<LocalDate> Holidays, ImmutableArray<LocalDate> WorkingWeekendDays);
