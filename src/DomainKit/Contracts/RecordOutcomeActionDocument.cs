using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recordOutcome</c> command: records the effect evaluation's outcome.</summary>
[Description("Records the effect evaluation's outcome.")]
public sealed record RecordOutcomeActionDocument : CaseActionDocument
{
    /// <summary>The outcome.</summary>
    [Description("The outcome.")]
    public required CaseOutcome Outcome { get; init; }
}
