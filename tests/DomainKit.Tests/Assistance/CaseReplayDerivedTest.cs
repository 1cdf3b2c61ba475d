using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Replaying a stored history under its policy derives what the policy determines instead of trusting the figure an
/// event states: forged figures that agree with each other and with the replay's own checks are still refused.
/// </summary>
public sealed class CaseReplayDerivedTest
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "case-history.json"));

    [Fact]
    public void TheExampleHistory_ReplaysUnderItsPolicy_WithEveryDerivedFigureAgreeing()
    {
        var events = global::DomainKit.Assistance.CaseEventJson.ParseHistory(Example).Value.Events;
        Assert.True(global::DomainKit.Assistance.AssistanceCase.Replay(events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday).IsSuccess);
    }

    [Theory]
    [InlineData("noticePublished", "lastDay", "2026-03-11", "lastDay", "PB-02")]
    [InlineData("investigationStarted", "minimumInvestigators", "1", "minimumInvestigators", "VR-04")]
    [InlineData("greenChannelGranted", "paperworkDue", "2026-03-16", "paperworkDue", "ZF-TA-01")]
    public void AFigureOtherThanThePolicyGives_IsRefused_WithThePathAndTheRule(string type, string field, string forged, string path, string rule)
    {
        var history = Unchained();
        var events = history["events"]!.AsArray();
        var index = events.Select((e, i) => (e, i)).First(p => p.e!["type"]!.GetValue<string>() == type).i;
        events[index]![field] = field == "minimumInvestigators" ? JsonValue.Create(int.Parse(forged, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(forged);
        if (field == "minimumInvestigators")
        {
            // Consistent with itself: one investigator, and a minimum of one.
            events[index]!["investigators"]!.AsArray().RemoveAt(1);
        }

        // Without the policy the forgery replays: it agrees with itself and with every check the events allow.
        var read = global::DomainKit.Assistance.CaseEventJson.ParseHistory(history.ToJsonString());
        Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));

        var derived = global::DomainKit.Assistance.AssistanceCase.Replay(read.Value.Events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday);
        var error = Assert.Single(derived.ValidationErrors);
        Assert.Equal(($"events[{index}].{path}", ErrorCodes.CaseEventFigure), (error.Identifier, error.ErrorCode));
        Assert.StartsWith(rule + ":", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "ZF-FD-01")]
    [InlineData(9, "ZF-FD-01")]
    public void APaymentChargedToAnotherYearsBudget_IsRefused_EvenWithoutThePolicy(int index, string rule)
    {
        // Paid in March 2026: the budget is 2026's, whatever the event says (the ledger entry could be forged alike).
        var history = Unchained();
        history["events"]![index]!["year"] = 2025;

        var read = global::DomainKit.Assistance.CaseEventJson.ParseHistory(history.ToJsonString());

        var error = Assert.Single(read.ValidationErrors);
        Assert.Equal(($"events[{index}].payment.account.year", ErrorCodes.CaseEventFigure), (error.Identifier, error.ErrorCode));
        Assert.StartsWith(rule + ":", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void APaymentJustAfterMidnightOnNewYearsDay_IsChargedToTheNewYear_InTheCasesTimeZone()
    {
        // 00:30 on 1 January 2027 in Zhifu is 16:30 on 31 December 2026 in UTC: the budget year is read in the case's zone.
        var policy = CaseTestKit.Policy.With(CaseParameters.EscalationAmount, Money.FromYuan(50_000m), new LocalDate(2027, 1, 1), Provenance.Illustrative("Test values for the parameters no source gives"));
        Instant At(int minute) => new LocalDateTime(2027, 1, 1, 0, minute).InZoneStrictly(CaseTestKit.China).ToInstant();
        var ledger = FundLedger.Empty.OpenYear(2027, policy, "finance-1", At(1), 0).Value;
        var opened = AssistanceCase.Open("case-1", IntakeChannel.WalkInWindow, CaseTestKit.Applicant, CaseTestKit.By("window-7", At(10), 0)).Value.Case;
        var accepted = CaseTestKit.Then(opened, c => c.Accept(CaseTestKit.By("window-7", At(20), c.Version), [Need.Temporary], policy));

        var paid = accepted.PayFirst(CaseTestKit.By("director-1", At(30), accepted.Version), Money.FromYuan(2_000m), ledger, policy, WorkingDayCalendar.MondayToFriday);

        Assert.True(paid.IsSuccess, string.Join("; ", paid.ValidationErrors.Select(e => e.ErrorMessage)));
        Assert.Equal(2026, At(30).InUtc().Year);
        Assert.Equal(new LedgerAccount(Fund.Emergency, 2027), paid.Value.Case.Payments.Single().Account);
        Assert.True(AssistanceCase.Replay(paid.Value.Case.Events).IsSuccess);
    }

    [Fact]
    public void AMonthlyBenefitStartingInAnotherMonthThanThePolicySays_IsRefused_WithWf04()
    {
        // Confirmed on Friday 13 March 2026; the Zhifu pilot starts a benefit the month after: April.
        var accepted = CaseTestKit.Accepted(Need.BasicLiving);
        var noticed = CaseTestKit.Then(CaseTestKit.Reviewed(accepted, CaseTestKit.Policy), c => c.PublishNotice(CaseTestKit.By("town-2", CaseTestKit.March(5), c.Version), Programme.Dibao, Money.FromYuan(600m), CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday));
        var approved = CaseTestKit.Then(noticed, c => c.Approve(CaseTestKit.By("county-1", CaseTestKit.March(13), c.Version), CaseTestKit.Policy));
        var approval = approved.Events.OfType<CaseApproved>().Single();
        Assert.Equal(new YearMonth(2026, 4), approval.BenefitFrom);
        Assert.True(AssistanceCase.Replay(approved.Events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday).IsSuccess);

        // A month earlier: consistent with every other event, and the replay without the policy cannot tell.
        var forged = approved.Events.Replace(approval, approval with { BenefitFrom = new YearMonth(2026, 3) });
        Assert.True(AssistanceCase.Replay(forged).IsSuccess);

        var error = Assert.Single(AssistanceCase.Replay(forged, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday).ValidationErrors);
        Assert.Equal(($"events[{approved.Events.IndexOf(approval)}].benefitFrom", ErrorCodes.CaseEventFigure), (error.Identifier, error.ErrorCode));
        Assert.Equal("WF-04: a benefit confirmed on 2026-03-13 starts in 2026-04; the event states another month.", error.ErrorMessage);
    }

    [Fact]
    public void ATownshipApprovalThePolicyDoesNotDelegate_IsRefused_WithTa02()
    {
        var approved = CaseTestKit.Approved("case-1", CaseTestKit.Applicant, CaseTestKit.Policy);
        var approval = approved.Events.OfType<CaseApproved>().Single();
        var forged = approved.Events.Replace(approval, approval with { Level = ApprovalLevel.Township });
        Assert.True(AssistanceCase.Replay(forged).IsSuccess);

        // The Zhifu pilot delegates no sum to the township: every township approval is refused.
        var error = Assert.Single(AssistanceCase.Replay(forged, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday).ValidationErrors);
        Assert.Equal(($"events[{approved.Events.IndexOf(approval)}].level", ErrorCodes.CaseEventFigure), (error.Identifier, error.ErrorCode));
        Assert.StartsWith("TA-02:", error.ErrorMessage, StringComparison.Ordinal);

        // Delegating 3,000 yuan makes the same approval lawful; delegating 2,999.99 does not.
        var source = Provenance.Illustrative("Test values for the parameters no source gives");
        var delegated = CaseTestKit.Policy.With(CaseParameters.TownshipApprovalLimit, Money.FromYuan(3_000m), new LocalDate(2026, 1, 1), source);
        Assert.True(AssistanceCase.Replay(forged, delegated, WorkingDayCalendar.MondayToFriday).IsSuccess);
        var tooLittle = CaseTestKit.Policy.With(CaseParameters.TownshipApprovalLimit, Money.FromYuan(2_999.99m), new LocalDate(2026, 1, 1), source);
        Assert.False(AssistanceCase.Replay(forged, tooLittle, WorkingDayCalendar.MondayToFriday).IsSuccess);
    }

    [Fact]
    public void AHistoryMovedToAnotherTimeZone_IsRefused_WhenTheOfficesZoneIsGiven()
    {
        var history = Unchained();
        var events = global::DomainKit.Assistance.CaseEventJson.ParseHistory(history.ToJsonString()).Value.Events;
        Assert.True(AssistanceCase.Replay(events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday, CaseTestKit.China).IsSuccess);

        // Read in Tokyo, the example's events keep their days, so the history replays on its own and under the policy;
        // only the office's zone tells that it was moved (where the days differ, its notice would no longer replay).
        history["events"]![0]!["timeZoneId"] = "Asia/Tokyo";
        var moved = global::DomainKit.Assistance.CaseEventJson.ParseHistory(history.ToJsonString());
        Assert.True(moved.IsSuccess, string.Join("; ", moved.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));
        Assert.True(AssistanceCase.Replay(moved.Value.Events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday).IsSuccess);

        var error = Assert.Single(AssistanceCase.Replay(moved.Value.Events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday, CaseTestKit.China).ValidationErrors);
        Assert.Equal(("events[0].timeZoneId", ErrorCodes.CaseEventFigure), (error.Identifier, error.ErrorCode));
        Assert.DoesNotContain("Tokyo", error.ErrorMessage, StringComparison.Ordinal);

        var wrongZone = AssistanceCase.Replay(events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday, DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        Assert.Equal("events[0].timeZoneId", Assert.Single(wrongZone.ValidationErrors).Identifier);
    }

    private static JsonNode Unchained()
    {
        var history = JsonNode.Parse(Example)!;
        history.AsObject().Remove("head");
        foreach (var e in history["events"]!.AsArray())
        {
            e!.AsObject().Remove("chain");
        }

        return history;
    }
}
