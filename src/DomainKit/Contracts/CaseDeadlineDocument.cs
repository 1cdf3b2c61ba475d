using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>One time limit running on a case, in a <c>domainkit/case-schedule@1</c> document.</summary>
[Description("One time limit that has started on the case: its rule and parameter, when it falls due, and who answers for it.")]
public sealed record CaseDeadlineDocument
{
    /// <summary>The time limit.</summary>
    [Description("The time limit.")]
    public required TimeLimit Limit { get; init; }

    /// <summary>The rule that sets it, such as WF-01.</summary>
    [Description("The rule that sets it, such as WF-01.")]
    public required string RuleId { get; init; }

    /// <summary>The policy parameter that gives its number of days.</summary>
    [Description("The policy parameter that gives its number of days.")]
    public required string Parameter { get; init; }

    /// <summary>The number of days the policy gives.</summary>
    [Range(0, 365)]
    [Description("The number of days the policy gives.")]
    public required int Days { get; init; }

    /// <summary>Whether the days are calendar days (only the public notice); otherwise working days.</summary>
    [Description("Whether the days are calendar days (only the public notice); otherwise working days (GEN-01).")]
    public required bool InCalendarDays { get; init; }

    /// <summary>The day the parameter's value took effect.</summary>
    [Description("The day the parameter's value took effect.")]
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>The day the period starts, not counted (GEN-01).</summary>
    [Description("The day the period starts, not counted (GEN-01).")]
    public required LocalDate Start { get; init; }

    /// <summary>The last day on which the step is on time.</summary>
    [Description("The last day on which the step is on time.")]
    public required LocalDate Due { get; init; }

    /// <summary>The day the step was done; left out while it is not.</summary>
    [Description("The day the step was done; left out while it is not.")]
    public LocalDate? DoneOn { get; init; }

    /// <summary>The stage answerable.</summary>
    [Description("The stage answerable: the limit's own, or an earlier one where the case still is.")]
    public required CaseStage Stage { get; init; }

    /// <summary>The staff member accountable for that stage (ZF-ACC-01).</summary>
    [Description("The staff member accountable for that stage, an opaque ID (ZF-ACC-01).")]
    public required string AccountableStaffId { get; init; }

    /// <summary>Whether the step was done after the due day, or is undone after it, as of the document's date.</summary>
    [Description("Whether the step was done after the due day, or is undone after it, as of the document's date.")]
    public required bool Late { get; init; }

    /// <summary>Working days past the due day; 0 when on time.</summary>
    [Range(0, 36600)]
    [Description("Working days past the due day, up to the day done or the document's date; 0 when on time.")]
    public required int WorkingDaysLate { get; init; }

    /// <summary>While the step is undone and not late: the days left after the document's date up to the due day.</summary>
    [Range(0, 36600)]
    [Description("While the step is undone and not late: the days left after the document's date up to the due day, in working days or, for the public notice, calendar days.")]
    public int? DaysLeft { get; init; }
}
