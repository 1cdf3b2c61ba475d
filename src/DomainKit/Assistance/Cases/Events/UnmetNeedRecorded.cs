namespace DomainKit.Assistance;

/// <summary>After government programmes paid, what a need still lacks (ZF-MP-01); a later figure replaces an earlier one.</summary>
public sealed record UnmetNeedRecorded : CaseEvent
{
    /// <summary>The need.</summary>
    public required Need Need { get; init; }

    /// <summary>What it still lacks; zero when met.</summary>
    public required Money Amount { get; init; }
}
