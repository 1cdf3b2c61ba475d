namespace DomainKit.Assistance;

/// <summary>A register's figure was checked against the declaration (VR-02, ZF-VR-01).</summary>
public sealed record VerificationRecorded : CaseEvent
{
    /// <summary>The finding.</summary>
    public required VerificationFinding Finding { get; init; }
}
