namespace DomainKit.Assistance;

/// <summary>The outcome after aid was recorded (effect evaluation, ZF-WF-03).</summary>
public sealed record OutcomeRecorded : CaseEvent
{
    /// <summary>The outcome.</summary>
    public required CaseOutcome Outcome { get; init; }
}
