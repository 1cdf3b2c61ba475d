namespace DomainKit.Assistance;

/// <summary>A social organisation, volunteers or a provider the government bought from served the household (ZF-MP-03).</summary>
public sealed record ServiceRecorded : CaseEvent
{
    /// <summary>Who delivered it.</summary>
    public required ServiceProvider Provider { get; init; }

    /// <summary>What it was.</summary>
    public required ServiceKind Service { get; init; }

    /// <summary>The need it served.</summary>
    public required Need Need { get; init; }

    /// <summary>How many hours it took, 0 to 24.</summary>
    public required int Hours { get; init; }
}
