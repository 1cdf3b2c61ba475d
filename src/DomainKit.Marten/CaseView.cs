using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Marten;

/// <summary>
/// One case as the store's views see it, written in the same transaction as the case's events, so it is never behind
/// what a command was told: its stage and time limits (the worklist), whether it is a recipient under periodic review
/// (DB-10, EX-03) and what may be published about it (PB-03, the name masked as the policy says). It holds no personal
/// data beyond the masked name.
/// </summary>
public sealed class CaseView
{
    /// <summary>The case's ID, the key of its event stream.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The case's version: the number of its events.</summary>
    public long Version { get; set; }

    /// <summary>The head of the case's hash chain (<see cref="CaseHistoryChain"/>), compared with the events each time the case is loaded.</summary>
    public string Head { get; set; } = string.Empty;

    /// <summary>The stage the case is at.</summary>
    public CaseStage Stage { get; set; }

    /// <summary>Every time limit of the case, met or running (WF-01 to WF-07, VR-04, ZF-TA-01).</summary>
    public List<CaseViewDeadline> Deadlines { get; set; } = [];

    /// <summary>The programme of a recipient under periodic review (dibao, expenditure hardship), or null.</summary>
    public Programme? ReviewedProgramme { get; set; }

    /// <summary>The day the household was recognised, for a recipient under review.</summary>
    public LocalDate? RecognisedOn { get; set; }

    /// <summary>The day of the last periodic review recorded on the case (a benefit change on review grounds), if any.</summary>
    public LocalDate? LastReviewedOn { get; set; }

    /// <summary>The masked name published for the case (PB-03), or null when nothing may be published.</summary>
    public string? PublishedName { get; set; }

    /// <summary>The household size published with the name.</summary>
    public int PublishedHouseholdSize { get; set; }

    /// <summary>The programme published with the name.</summary>
    public Programme? PublishedProgramme { get; set; }

    /// <summary>The amount published with the name, in yuan.</summary>
    public decimal PublishedAmount { get; set; }
}
