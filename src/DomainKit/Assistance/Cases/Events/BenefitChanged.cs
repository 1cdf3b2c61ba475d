using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The county raised, lowered or stopped a monthly benefit from a month on (DB-09), on a change the recipient
/// reported or on a periodic review's finding (DB-10). The event's reason is the written reason given to the
/// household; a stop also names its ground.
/// </summary>
public sealed record BenefitChanged : CaseEvent
{
    /// <summary>What the change rests on.</summary>
    public required BenefitChangeGrounds Grounds { get; init; }

    /// <summary>The monthly amount from <see cref="From"/> on; zero stops the benefit.</summary>
    public required Money Amount { get; init; }

    /// <summary>The first month the new amount is paid for.</summary>
    public required YearMonth From { get; init; }

    /// <summary>Why the benefit stops; required for a stop and absent otherwise.</summary>
    public BenefitStopReason? StopReason { get; init; }
}
