using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Marten;

/// <summary>One running time limit of an open case on the worklist: when it is due, how many days are left or how late it is, and who answers for it (ZF-ACC-01).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="RuleId">The rule that sets the limit.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Stage">The stage answerable.</param>
/// <param name="AccountableStaffId">The staff member accountable for that stage.</param>
/// <param name="Due">The last day to meet it.</param>
/// <param name="Overdue">Whether the due day has passed with the limit unmet.</param>
/// <param name="DaysLeft">Days after the worklist's date up to the due day (working days, or calendar days for the public notice); 0 once overdue.</param>
/// <param name="WorkingDaysLate">Working days past the due day; 0 while not overdue, and 0 when only days off have passed since.</param>
public sealed record WorklistLine(string CaseId, string RuleId, TimeLimit Limit, CaseStage Stage, string AccountableStaffId, LocalDate Due, bool Overdue, int DaysLeft, int WorkingDaysLate);
