using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// The <c>case</c> scenario rule: a case opened on a channel, then a list of steps, each a command with its day and
/// staff, run in order against the case and a fund ledger opened for the year from the policy. The first refused
/// step ends the run with its errors under <c>steps[i]</c>.
/// </summary>
internal static class CaseScenario
{
    private static readonly string[] StepKeys = ["command", "on", "staff", .. CaseActions.AllFields];

    private static readonly ResidentId SampleId = ResidentId.Parse("11010519491231002X").Value;

    public static Result<ScenarioActual>? Run(StrictJsonReader reader, JsonElement root, PolicySet policy, LocalDate date)
    {
        var channel = reader.Name(root, string.Empty, "channel", true, EnumTokens<IntakeChannel>.ByToken);
        var size = reader.Integer(root, string.Empty, "householdSize", false, 1, Household.MaxMembers) ?? 1;
        var holidays = ScenarioRules.Holidays(reader, root);

        var steps = reader.Array(root, string.Empty, "steps", true, 500).ToList();
        if (channel is not { } opened || reader.HasErrors)
        {
            return null;
        }

        var calendar = holidays.Count == 0 ? WorkingDayCalendar.MondayToFriday : WorkingDayCalendar.Create("scenario", holidays, []).Value;
        var zone = DateTimeZoneProviders.Tzdb[AssistanceCase.DefaultTimeZoneId];
        Instant At(LocalDate day, int index) => day.AtStartOfDayInZone(zone).ToInstant().Plus(Duration.FromMinutes(9 * 60 + index));
        var applicant = new CaseApplicant { Name = "申请人", ResidentId = SampleId, HouseholdSize = size };
        var ledger = FundLedger.Empty.OpenYear(date.Year, policy, "finance", At(new LocalDate(date.Year, 1, 1), 0), 0);
        if (!ledger.IsSuccess)
        {
            return Result<ScenarioActual>.Invalid(ledger.ValidationErrors);
        }

        var start = AssistanceCase.Open("case", opened, applicant, new CaseCommand("window", At(date, 0), "opened", 0));
        if (!start.IsSuccess)
        {
            return Result<ScenarioActual>.Invalid(start.ValidationErrors);
        }

        var current = start.Value.Case;
        var funds = ledger.Value;
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, path) = steps[i];
            if (!reader.ExpectObject(step, path, StepKeys))
            {
                return null;
            }

            var name = reader.String(step, path, "command", true);
            var on = reader.Date(step, path, "on", false) ?? date;
            var staff = reader.String(step, path, "staff", false) ?? "staff";
            if (name is null || reader.HasErrors)
            {
                return null;
            }

            var command = new CaseCommand(staff, At(on, i + 1), name, current.Version);
            var result = Step(reader, step, path, name, current, command, funds, policy, calendar);

            // A field of the wrong type is reported as it is, never replaced by a default and passed on to the case.
            if (result is null || reader.HasErrors)
            {
                return null;
            }

            if (!result.IsSuccess)
            {
                return Result<ScenarioActual>.Invalid(result.ValidationErrors.Select(e => Validation.Errors.At(Validation.Errors.Join(path, e.Identifier), e.ErrorCode, e.ErrorMessage)));
            }

            current = result.Value.Case;
            funds = result.Value.Ledger ?? funds;
        }

        return new ScenarioActual(
            EnumTokens<CaseStage>.ToToken(current.Stage),
            ImmutableDictionary<string, Money>.Empty
                .Add("totalPaid", current.TotalPaid)
                .Add("charityPaid", current.CharityPaid)
                .Add("recoveryOutstanding", current.RecoveryOutstanding)
                .Add("approvedAmount", current.ApprovedAmount),
            ImmutableDictionary<string, string>.Empty
                .Add("version", current.Version.ToString(CultureInfo.InvariantCulture))
                .Add("noticeLastDay", current.Notice is { } notice ? Dates.Format(notice.LastDay) : string.Empty)
                .Add("paperworkDue", current.GreenChannel is { } green ? Dates.Format(green.PaperworkDue) : string.Empty)
                .Add("tasks", string.Join(",", current.Tasks.Select(t => EnumTokens<Department>.ToToken(t.Department))))
                .Add("resolution", current.Resolution is { } resolution ? EnumTokens<CaseResolution>.ToToken(resolution) : string.Empty)
                .Add("level", current.ApprovedLevel is { } level ? EnumTokens<ApprovalLevel>.ToToken(level) : string.Empty)
                .Add("benefitFrom", current.Benefit.IsEmpty ? string.Empty : Dates.FormatMonth(current.Benefit[0].From))
                .Add("benefitStopped", current.BenefitStopped ? "true" : "false")
                .Add("specialCase", current.IsSpecialCase ? "true" : "false"),
            null,
            []);
    }

    // A step is a command of the case-command contract written flat: its type under "command", its day and staff
    // beside its own fields. The contract's table reads the fields, so a scenario step means what the API's command does.
    private static Result<CaseUpdate>? Step(StrictJsonReader r, JsonElement s, string p, string name, AssistanceCase c, CaseCommand command, FundLedger funds, PolicySet policy, WorkingDayCalendar calendar)
    {
        if (CaseActions.FieldsOf(name) is null)
        {
            r.Errors.Add(CaseActions.UnknownType(StrictJsonReader.Child(p, "command")));
            return null;
        }

        return CaseActions.Read(r, s, p, name) is { } action ? action(c, command, new CaseCommandContext(policy, calendar, funds)) : null;
    }
}
