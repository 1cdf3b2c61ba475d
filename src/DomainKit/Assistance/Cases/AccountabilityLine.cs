using NodaTime;

namespace DomainKit.Assistance;

/// <summary>One late step in an accountability report (ZF-ACC-01): which case, which limit, which stage and person, how late.</summary>
/// <param name="CaseId">The case's opaque ID.</param>
/// <param name="Limit">The time limit.</param>
/// <param name="RuleId">The rule that sets it.</param>
/// <param name="Stage">The stage answerable.</param>
/// <param name="StaffId">The accountable staff member's opaque ID.</param>
/// <param name="Due">The deadline.</param>
/// <param name="DoneOn">When the step was done late, or null while it is still undone.</param>
/// <param name="WorkingDaysLate">Working days past the deadline, as of the report's date.</param>
public sealed record AccountabilityLine(string CaseId, TimeLimit Limit, string RuleId, CaseStage Stage, string StaffId, LocalDate Due, LocalDate? DoneOn, int WorkingDaysLate);
