using System.Text.Json;
using DomainKit.Serialization;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Writes a case's time limits (contract <c>domainkit/case-schedule@1</c>) and the accountability report of late steps
/// (<c>domainkit/accountability@1</c>), documented in docs/json-contracts.md, for worklists and supervision screens.
/// </summary>
/// <remarks>
/// Neither document holds personal data: cases, staff and parameters are named by their IDs. This class is thread-safe.
/// </remarks>
public static class CaseScheduleJson
{
    /// <summary>The schedule contract's name and version.</summary>
    public const string Schema = "domainkit/case-schedule@1";

    /// <summary>The accountability report contract's name and version.</summary>
    public const string AccountabilitySchema = "domainkit/accountability@1";

    /// <summary>
    /// Writes every time limit that has started on a case as of a date: its rule and parameter, the day it started and
    /// the day it falls due, whether and when it was met, the stage and staff member answerable for it, and the days
    /// left (working days, or calendar days for the public notice) while it runs or the working days late once it is late.
    /// </summary>
    /// <param name="assistanceCase">The case.</param>
    /// <param name="schedule">The case's schedule under the policy and calendar in force (<see cref="AssistanceCase.Schedule"/>).</param>
    /// <param name="asOf">The date of the check.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assistanceCase"/> or <paramref name="schedule"/> is null.</exception>
    public static string WriteSchedule(AssistanceCase assistanceCase, CaseSchedule schedule, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(assistanceCase);
        ArgumentNullException.ThrowIfNull(schedule);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("caseId", assistanceCase.CaseId);
            w.WriteNumber("version", assistanceCase.Version);
            w.WriteString("stage", EnumTokens<CaseStage>.ToToken(assistanceCase.Stage));
            w.WriteString("asOf", Dates.Format(asOf));
            w.WriteStartArray("deadlines");
            foreach (var deadline in schedule.Deadlines)
            {
                WriteDeadline(w, deadline, asOf);
            }

            w.WriteEndArray();
            CaseEventJson.WriteStrings(w, "notSet", schedule.NotSet);
            w.WriteEndObject();
        });
    }

    /// <summary>Writes an accountability report: every late step, the latest first, and the parameters the policy does not set.</summary>
    /// <param name="report">The report (<see cref="Supervision.Accountability"/>).</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteAccountability(AccountabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", AccountabilitySchema);
            w.WriteString("asOf", Dates.Format(report.AsOf));
            w.WriteStartArray("lines");
            foreach (var line in report.Lines)
            {
                w.WriteStartObject();
                w.WriteString("caseId", line.CaseId);
                w.WriteString("limit", EnumTokens<TimeLimit>.ToToken(line.Limit));
                w.WriteString("ruleId", line.RuleId);
                w.WriteString("stage", EnumTokens<CaseStage>.ToToken(line.Stage));
                w.WriteString("staffId", line.StaffId);
                w.WriteString("due", Dates.Format(line.Due));
                if (line.DoneOn is { } done)
                {
                    w.WriteString("doneOn", Dates.Format(done));
                }

                w.WriteNumber("workingDaysLate", line.WorkingDaysLate);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            CaseEventJson.WriteStrings(w, "notSet", report.NotSet);
            w.WriteEndObject();
        });
    }

    private static void WriteDeadline(Utf8JsonWriter w, CaseDeadline line, LocalDate asOf)
    {
        var deadline = line.Deadline;
        w.WriteStartObject();
        w.WriteString("limit", EnumTokens<TimeLimit>.ToToken(deadline.Limit));
        w.WriteString("ruleId", deadline.RuleId);
        w.WriteString("parameter", TimeLimitParameters.For(deadline.Limit).Id);
        w.WriteNumber("days", deadline.Days.Value);
        w.WriteBoolean("inCalendarDays", deadline.InCalendarDays);
        w.WriteString("effectiveFrom", Dates.Format(deadline.Days.EffectiveFrom));
        w.WriteString("start", Dates.Format(deadline.Start));
        w.WriteString("due", Dates.Format(deadline.Due));
        if (line.DoneOn is { } done)
        {
            w.WriteString("doneOn", Dates.Format(done));
        }

        w.WriteString("stage", EnumTokens<CaseStage>.ToToken(line.Stage));
        w.WriteString("accountableStaffId", line.AccountableStaffId);
        var late = line.IsLate(asOf);
        w.WriteBoolean("late", late);
        w.WriteNumber("workingDaysLate", line.WorkingDaysLate(asOf));
        if (line.DoneOn is null && !late)
        {
            w.WriteNumber("daysLeft", line.DaysLeft(asOf));
        }

        w.WriteEndObject();
    }
}
