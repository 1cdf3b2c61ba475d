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
    private static readonly string[] StepKeys =
        ["command", "on", "staff", "needs", "investigators", "source", "declared", "verified", "cause", "programme", "amount", "department", "fund", "outcome", "need", "provider", "service", "hours", "level", "grounds", "from", "stopReason", "month"];

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

    // The commands Step understands, in its order, for the message that refuses any other.
    private static readonly string[] CommandNames = ["report", "accept", "startInvestigation", "recordVerification", "requireHomeVisit", "recordHomeVisit", "publishNotice", "raiseObjection", "approve", "markSpecialCase", "changeBenefit", "payMonth", "reject", "refer", "notifyRejection", "payFirst", "completePaperwork", "lapseGreenChannel", "pay", "recordRecovery", "establishFraud", "completeTask", "escalate", "recordOutcome", "close", "recordUnmetNeed", "recordService"];

    private static Result<CaseUpdate>? Step(StrictJsonReader r, JsonElement s, string p, string name, AssistanceCase c, CaseCommand command, FundLedger funds, PolicySet policy, WorkingDayCalendar calendar)
    {
        Money Amount() => r.Money(s, p, "amount", true) ?? Money.Zero;
        T Named<T>(string key)
            where T : struct, Enum => r.Name(s, p, key, true, EnumTokens<T>.ByToken) ?? default;
        ImmutableArray<string> Staff() => [.. r.Array(s, p, "investigators", true, 20).Select(i =>
        {
            if (i.Item.ValueKind == JsonValueKind.String)
            {
                return i.Item.GetString()!;
            }

            r.Errors.Add(StrictJsonReader.WrongTypeError(i.Path, "a string", i.Item.ValueKind));
            return string.Empty;
        })];
        ImmutableArray<Need> Needs() => [.. r.Array(s, p, "needs", true, 16).Select(i =>
        {
            if (i.Item.ValueKind == JsonValueKind.String && EnumTokens<Need>.ByToken.TryGetValue(i.Item.GetString()!, out var need))
            {
                return need;
            }

            r.Errors.Add(i.Item.ValueKind == JsonValueKind.String
                ? StrictJsonReader.UnknownNameError(i.Path, EnumTokens<Need>.ByToken.Keys)
                : StrictJsonReader.WrongTypeError(i.Path, "a string", i.Item.ValueKind));
            return default;
        })];

        Result<CaseUpdate>? result = name switch
        {
            "report" => c.Report(command),
            "accept" => c.Accept(command, Needs(), policy),
            "startInvestigation" => c.StartInvestigation(command, Staff(), policy),
            "recordVerification" => c.RecordVerification(command, Named<VerificationSource>("source"), r.Money(s, p, "declared", true) ?? Money.Zero, r.Money(s, p, "verified", true) ?? Money.Zero),
            "requireHomeVisit" => c.RequireHomeVisit(command, Named<HomeVisitCause>("cause")),
            "recordHomeVisit" => c.RecordHomeVisit(command, Staff(), policy),
            "publishNotice" => c.PublishNotice(command, Named<Programme>("programme"), Amount(), policy, calendar),
            "raiseObjection" => c.RaiseObjection(command),
            "approve" => c.Approve(command, policy, r.Name(s, p, "level", false, EnumTokens<ApprovalLevel>.ByToken) ?? ApprovalLevel.County),
            "markSpecialCase" => c.MarkSpecialCase(command, policy, calendar),
            "changeBenefit" => c.ChangeBenefit(command, Named<BenefitChangeGrounds>("grounds"), Amount(), r.Month(s, p, "from", true) ?? default, r.Name(s, p, "stopReason", false, EnumTokens<BenefitStopReason>.ByToken)),
            "payMonth" => c.PayMonth(command, r.Month(s, p, "month", true) ?? default, funds),
            "reject" => c.Reject(command),
            "refer" => c.Refer(command, Named<Department>("department")),
            "notifyRejection" => c.NotifyRejection(command),
            "payFirst" => c.PayFirst(command, Amount(), funds, policy, calendar),
            "completePaperwork" => c.CompletePaperwork(command),
            "lapseGreenChannel" => c.LapseGreenChannel(command),
            "pay" => c.Pay(command, Amount(), funds),
            "recordRecovery" => c.RecordRecovery(command, new LedgerAccount(Named<Fund>("fund"), c.DateOf(command.At).Year), Amount(), funds),
            "establishFraud" => c.EstablishFraud(command, Amount(), policy),
            "completeTask" => c.CompleteTask(command, Named<Department>("department")),
            "escalate" => c.Escalate(command, policy, calendar),
            "recordOutcome" => c.RecordOutcome(command, Named<CaseOutcome>("outcome")),
            "close" => c.Close(command),
            "recordUnmetNeed" => c.RecordUnmetNeed(command, Named<Need>("need"), Amount()),
            "recordService" => c.RecordService(command, Named<ServiceProvider>("provider"), Named<ServiceKind>("service"), Named<Need>("need"), r.Integer(s, p, "hours", true, 0, 24) ?? 0),
            _ => null,
        };
        if (result is null)
        {
            r.Fail(StrictJsonReader.Child(p, "command"), ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", CommandNames)}.");
        }

        return r.HasErrors ? null : result;
    }
}
