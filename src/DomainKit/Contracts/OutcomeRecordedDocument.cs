using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>outcomeRecorded</c> event: the effect evaluation's outcome (ZF-WF-03).</summary>
[Description("The effect evaluation's outcome (ZF-WF-03).")]
public sealed record OutcomeRecordedDocument : CaseEventDocument
{
    /// <summary>The outcome.</summary>
    [Description("The outcome.")]
    public required CaseOutcome Outcome { get; init; }
}
