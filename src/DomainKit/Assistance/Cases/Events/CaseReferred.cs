namespace DomainKit.Assistance;

/// <summary>The case was referred to another department or to charity.</summary>
public sealed record CaseReferred : CaseEvent
{
    /// <summary>Where it was referred.</summary>
    public required Department Department { get; init; }
}
