using NodaTime;

namespace DomainKit.Assistance;

/// <summary>A household receiving a programme, as the review worklist needs it: an opaque case ID, no personal data.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Recipient
{
    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The programme received: dibao or expenditure hardship are reviewed on their own cycles.</summary>
    public required Programme Programme { get; init; }

    /// <summary>When the status was recognised.</summary>
    public required LocalDate RecognisedOn { get; init; }

    /// <summary>When it was last reviewed, if it was.</summary>
    public LocalDate? LastReviewedOn { get; init; }

    /// <summary>DB-10: whether the household's income is stable and no member able to work is in it (reviewed yearly rather than half-yearly).</summary>
    public bool StableIncome { get; init; }
}
