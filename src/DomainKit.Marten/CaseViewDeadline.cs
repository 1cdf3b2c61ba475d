using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Marten;

/// <summary>One time limit of a case as its view keeps it: enough to count the days left on any later date.</summary>
public sealed class CaseViewDeadline
{
    /// <summary>The rule that sets the limit, such as <c>WF-02</c> or <c>VR-04</c>.</summary>
    public string RuleId { get; set; } = string.Empty;

    /// <summary>The limit.</summary>
    public TimeLimit Limit { get; set; }

    /// <summary>The last day to meet it.</summary>
    public LocalDate Due { get; set; }

    /// <summary>Whether it is counted in calendar days (the public notice) rather than working days.</summary>
    public bool InCalendarDays { get; set; }

    /// <summary>The day it was met, or null while it runs.</summary>
    public LocalDate? DoneOn { get; set; }

    /// <summary>The stage answerable for it.</summary>
    public CaseStage Stage { get; set; }

    /// <summary>The staff member accountable for that stage (ZF-ACC-01).</summary>
    public string AccountableStaffId { get; set; } = string.Empty;
}
