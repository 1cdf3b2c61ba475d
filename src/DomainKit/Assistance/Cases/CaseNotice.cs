using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The public notice of the township opinion before approval (PB-01, PB-02): what is proposed and the days
/// it runs. Objections may be raised until the last day; approval may follow on the day after it.
/// </summary>
/// <param name="Programme">The programme proposed.</param>
/// <param name="Amount">The amount proposed.</param>
/// <param name="PublishedOn">The day the notice went up; the count of its days begins the day after (GEN-01).</param>
/// <param name="LastDay">The notice's last day.</param>
/// <param name="Withdrawn">Whether an objection sent the case back to investigation.</param>
public sealed record CaseNotice(Programme Programme, Money Amount, LocalDate PublishedOn, LocalDate LastDay, bool Withdrawn)
{
    /// <summary>Whether the notice is up on a date: published, not withdrawn, not past its last day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True while objections may be raised.</returns>
    public bool IsRunningOn(LocalDate date) => !Withdrawn && date >= PublishedOn && date <= LastDay;

    /// <summary>Whether the notice ran its full course without objection by a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from the day after the last day, when nobody objected.</returns>
    public bool IsCompleteOn(LocalDate date) => !Withdrawn && date > LastDay;
}
