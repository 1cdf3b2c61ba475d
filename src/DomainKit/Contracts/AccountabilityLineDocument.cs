using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>One late step in a <c>domainkit/accountability@1</c> document (ZF-ACC-01).</summary>
[Description("One late step: which case, which limit, which stage and person, how late (ZF-ACC-01).")]
public sealed record AccountabilityLineDocument
{
    /// <summary>The case.</summary>
    [Description("The case, 1 to 64 characters.")]
    public required string CaseId { get; init; }

    /// <summary>The time limit.</summary>
    [Description("The time limit.")]
    public required TimeLimit Limit { get; init; }

    /// <summary>The rule that sets it.</summary>
    [Description("The rule that sets it, such as WF-01.")]
    public required string RuleId { get; init; }

    /// <summary>The stage answerable.</summary>
    [Description("The stage answerable.")]
    public required CaseStage Stage { get; init; }

    /// <summary>The accountable staff member.</summary>
    [Description("The accountable staff member, an opaque ID.")]
    public required string StaffId { get; init; }

    /// <summary>The deadline.</summary>
    [Description("The deadline.")]
    public required LocalDate Due { get; init; }

    /// <summary>When the step was done late; left out while it is undone.</summary>
    [Description("When the step was done late; left out while it is undone.")]
    public LocalDate? DoneOn { get; init; }

    /// <summary>Working days past the deadline; 0 for a step done late on a day off.</summary>
    [Range(0, 36600)]
    [Description("Working days past the deadline, as of the report's date; 0 when the step was done, or the report is dated, on a day off just after the deadline.")]
    public required int WorkingDaysLate { get; init; }
}
