namespace DomainKit.Assistance;

/// <summary>Money paid on the case must come back.</summary>
public sealed record RecoveryOpened : CaseEvent
{
    /// <summary>The amount to recover.</summary>
    public required Money Amount { get; init; }

    /// <summary>Why.</summary>
    public required RecoveryCause Cause { get; init; }
}
