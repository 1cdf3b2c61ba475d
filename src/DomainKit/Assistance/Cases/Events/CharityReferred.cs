namespace DomainKit.Assistance;

/// <summary>An unmet need was referred to a charity project whose criteria the household meets (ZF-MP-01).</summary>
public sealed record CharityReferred : CaseEvent
{
    /// <summary>The project's ID.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The need.</summary>
    public required Need Need { get; init; }

    /// <summary>The charity account or named fund that pays.</summary>
    public required LedgerAccount Account { get; init; }

    /// <summary>The amount the project commits: the unmet need, up to the project's most per case.</summary>
    public required Money Amount { get; init; }
}
