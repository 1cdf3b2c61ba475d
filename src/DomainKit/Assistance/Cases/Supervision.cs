using System.Collections.Immutable;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Supervision of case handling: the accountability report of late steps (ZF-ACC-01) and the criteria for
/// escalating a case (督查督办, ZF-ACC-02). Pure: the date of the check is an argument.
/// </summary>
public static class Supervision
{
    /// <summary>The rule for tracing delays to a stage and a person.</summary>
    public const string AccountabilityRuleId = "ZF-ACC-01";

    /// <summary>The rule for escalating cases for supervision.</summary>
    public const string EscalationRuleId = "ZF-ACC-02";

    /// <summary>
    /// Every late step of every case as of a date: done after its deadline, or still undone after it; the most
    /// working days late first.
    /// </summary>
    /// <param name="cases">The cases.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <param name="asOf">The date of the report.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a case is null.</exception>
    public static AccountabilityReport Accountability(IEnumerable<AssistanceCase> cases, PolicySet policy, WorkingDayCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var lines = new List<AccountabilityLine>();
        var notSet = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assistanceCase in cases)
        {
            ArgumentNullException.ThrowIfNull(assistanceCase);
            var schedule = assistanceCase.Schedule(policy, calendar);
            notSet.UnionWith(schedule.NotSet);
            foreach (var deadline in schedule.Deadlines.Where(d => d.IsLate(asOf)))
            {
                lines.Add(new AccountabilityLine(
                    assistanceCase.CaseId,
                    deadline.Deadline.Limit,
                    deadline.Deadline.RuleId,
                    deadline.Stage,
                    deadline.AccountableStaffId,
                    deadline.Deadline.Due,
                    deadline.DoneOn,
                    deadline.WorkingDaysLate(asOf)));
            }
        }

        var ordered = lines
            .OrderByDescending(l => l.WorkingDaysLate)
            .ThenBy(l => l.CaseId, StringComparer.Ordinal)
            .ThenBy(l => l.Limit)
            .ToImmutableArray();
        return new AccountabilityReport(asOf, ordered, [.. notSet]);
    }

    /// <summary>
    /// The escalation criteria a case meets on a date (ZF-ACC-02): a limit late by at least the policy's working
    /// days, at least the policy's number of objections, an amount approved, proposed in a standing notice or paid first of at least the
    /// policy's amount; and established fraud, always an early sign of a wider problem. A criterion whose parameter
    /// the policy does not set is not applied.
    /// </summary>
    /// <param name="assistanceCase">The case.</param>
    /// <param name="policy">The policy set, read on the date.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The criteria met, in their order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<EscalationReason> Criteria(AssistanceCase assistanceCase, PolicySet policy, WorkingDayCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(assistanceCase);
        ArgumentNullException.ThrowIfNull(policy);
        var met = ImmutableArray.CreateBuilder<EscalationReason>();
        if (policy.ValueAtOrNull(CaseParameters.EscalationWorkingDaysLate, asOf) is { } daysLate
            && assistanceCase.Schedule(policy, calendar).Deadlines.Any(d => d.WorkingDaysLate(asOf) >= daysLate.Value))
        {
            met.Add(EscalationReason.Overdue);
        }

        if (policy.ValueAtOrNull(CaseParameters.EscalationObjections, asOf) is { } objections && assistanceCase.Objections >= objections.Value)
        {
            met.Add(EscalationReason.Objections);
        }

        var largest = Money.Max(
            Money.Max(assistanceCase.ApprovedAmount, assistanceCase.Notice is { Withdrawn: false } notice ? notice.Amount : Money.Zero),
            assistanceCase.GreenChannel?.Amount ?? Money.Zero);
        if (policy.ValueAtOrNull(CaseParameters.EscalationAmount, asOf) is { } amount && largest >= amount.Value)
        {
            met.Add(EscalationReason.LargeAmount);
        }

        if (assistanceCase.Fraud is not null)
        {
            met.Add(EscalationReason.Fraud);
        }

        return met.ToImmutable();
    }
}
