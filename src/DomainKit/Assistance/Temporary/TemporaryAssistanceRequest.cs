namespace DomainKit.Assistance;

/// <summary>A household's request for temporary assistance (TA-01 to TA-06).</summary>
/// <remarks>Validated by <see cref="TemporaryAssistance.Decide"/>. Instances are immutable and thread-safe.</remarks>
public sealed record TemporaryAssistanceRequest
{
    /// <summary>The type of hardship (TA-01).</summary>
    public required HardshipType Type { get; init; }

    /// <summary>
    /// What the sudden need costs the household (TA-01): the spending or loss of the accident, illness, disaster or
    /// other hardship. Assistance is granted only when it exceeds what the household can meet from its financial assets
    /// and its income above the dibao line over the assessment window.
    /// </summary>
    public required Money SuddenCost { get; init; }

    /// <summary>What the grant meets (TA-05).</summary>
    public required TemporaryNeed Need { get; init; }

    /// <summary>How severe the hardship is (TA-05).</summary>
    public required HardshipSeverity Severity { get; init; }

    /// <summary>The applicant's residence (TA-04).</summary>
    public Residence Residence { get; init; } = Residence.LocalRegistered;

    /// <summary>Whether the emergency is urgent: with <see cref="HardshipType.Emergency"/>, aid is paid first and paperwork follows (TA-03, ZF-TA-01).</summary>
    public bool Urgent { get; init; }

    /// <summary>How many months the hardship is expected to last; beyond the policy's threshold the grant is paid in monthly instalments (TA-06).</summary>
    public int ExpectedMonths { get; init; } = 1;
}
