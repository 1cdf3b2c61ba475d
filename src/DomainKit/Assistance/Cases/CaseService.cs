using NodaTime;

namespace DomainKit.Assistance;

/// <summary>A service delivered to the household and recorded on its case (ZF-MP-03).</summary>
/// <param name="Provider">Who delivered it.</param>
/// <param name="Kind">What it was.</param>
/// <param name="Need">The need it served.</param>
/// <param name="On">The day.</param>
/// <param name="Hours">How many hours it took.</param>
public sealed record CaseService(ServiceProvider Provider, ServiceKind Kind, Need Need, LocalDate On, int Hours);
