using NodaTime;

namespace DomainKit.Assistance;

/// <summary>One entry of a fund ledger: append-only, never edited; a correction is a further entry.</summary>
/// <remarks>
/// Staff and cases are opaque identifiers; reasons are free text that must not carry personal data.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed record LedgerEntry
{
    /// <summary>The entry's position in the ledger, from 1.</summary>
    public required long Sequence { get; init; }

    /// <summary>What the entry records.</summary>
    public required LedgerEntryKind Kind { get; init; }

    /// <summary>The account.</summary>
    public required LedgerAccount Account { get; init; }

    /// <summary>The amount, always positive; the kind says which way it moves.</summary>
    public required Money Amount { get; init; }

    /// <summary>The staff member who opened, approved or recovered.</summary>
    public required string StaffId { get; init; }

    /// <summary>When.</summary>
    public required Instant At { get; init; }

    /// <summary>Why: the budget decision, the approval, the finding.</summary>
    public required string Reason { get; init; }

    /// <summary>The case paid or recovered from; null for an opening.</summary>
    public string? CaseId { get; init; }

    /// <summary>The programme paid under; null for an opening, and for a payment from the charity account, which names its purpose instead.</summary>
    public Programme? Programme { get; init; }

    /// <summary>
    /// The need the money is for: required when a named fund is opened (its purpose, ZF-MP-02) and for every
    /// payment from the charity account; a named fund pays only for its purpose.
    /// </summary>
    public Need? Purpose { get; init; }
}
