using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>Cases, commands and the local policy values the case tests share.</summary>
internal static class CaseTestKit
{
    public static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb[AssistanceCase.DefaultTimeZoneId];

    public static readonly ResidentId Id = ResidentId.Parse("11010519491231002X").Value;

    public static readonly CaseApplicant Applicant = new()
    {
        Name = "张三丰",
        ResidentId = Id,
        HouseholdSize = 3,
        Address = "芝罘区幸福路 12 号",
        Illness = "尿毒症",
    };

    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Source = Provenance.Illustrative("Test values for the parameters no source gives");

    /// <summary>The Zhifu pilot with the [D] values case handling needs: WF-07 limits, the paperwork deadline and escalation criteria.</summary>
    public static readonly PolicySet Policy = PolicySets.ZhifuPilot
        .With(TimeLimitParameters.TemporaryOrMedicalReview, 10, From, Source)
        .With(TimeLimitParameters.TemporaryOrMedicalApproval, 10, From, Source)
        .With(TemporaryParameters.PaperworkDeadlineDays, 5, From, Source)
        .With(CaseParameters.EscalationWorkingDaysLate, 5, From, Source)
        .With(CaseParameters.EscalationObjections, 2, From, Source)
        .With(CaseParameters.EscalationAmount, Money.FromYuan(50_000m), From, Source);

    /// <summary>9:00 in Zhifu on a day of March 2026 (1 March 2026 is a Sunday).</summary>
    public static Instant March(int day, int hour = 9) => new LocalDateTime(2026, 3, day, hour, 0).InZoneStrictly(China).ToInstant();

    public static CaseCommand By(string staff, Instant at, long version, string reason = "handled at the window") => new(staff, at, reason, version);

    public static FundLedger Ledger() => FundLedger.Empty.OpenYear(2026, PolicySets.ZhifuPilot, "finance-1", March(1), 0).Value;

    /// <summary>A walk-in case opened on Monday 2 March 2026.</summary>
    public static AssistanceCase Opened(IntakeChannel channel = IntakeChannel.WalkInWindow) =>
        AssistanceCase.Open("case-1", channel, Applicant, By("window-7", March(2), 0)).Value.Case;

    /// <summary>A case accepted on Monday 2 March for the needs.</summary>
    public static AssistanceCase Accepted(params Need[] needs) =>
        Then(Opened(), c => c.Accept(By("window-7", March(2, 10), c.Version), needs, Policy));

    /// <summary>A case accepted on 2 March, under investigation on 3 March, checked against the banks on 4 March.</summary>
    public static AssistanceCase Reviewed(params Need[] needs) => Reviewed(Accepted(needs), Policy);

    /// <summary>An accepted case put under investigation on 3 March and checked against the banks on 4 March.</summary>
    public static AssistanceCase Reviewed(AssistanceCase accepted, PolicySet policy)
    {
        var investigated = Then(accepted, c => c.StartInvestigation(By("lead-3", March(3), c.Version), ["inv-1", "inv-2"], policy));
        return Then(investigated, c => c.RecordVerification(By("inv-1", March(4), c.Version), VerificationSource.Banks, Money.Zero, Money.FromYuan(1_200m)));
    }

    /// <summary>A reviewed case whose notice for temporary assistance of 3,000 yuan went up on Thursday 5 March.</summary>
    public static AssistanceCase Noticed(params Need[] needs) => Noticed(Accepted(needs), Money.FromYuan(3_000m), Policy);

    /// <summary>An accepted case reviewed on 3 and 4 March whose notice for temporary assistance of <paramref name="proposed"/> went up on Thursday 5 March.</summary>
    public static AssistanceCase Noticed(AssistanceCase accepted, Money proposed, PolicySet policy) =>
        Then(Reviewed(accepted, policy), c => c.PublishNotice(By("town-2", March(5), c.Version), Programme.TemporaryAssistance, proposed, policy, WorkingDayCalendar.MondayToFriday));

    /// <summary>
    /// A case taken through the whole review to approval: opened and accepted on 2 March, investigated on the 3rd,
    /// checked against the banks on the 4th, its notice of temporary assistance of 3,000 yuan up on the 5th, approved
    /// on the 13th.
    /// </summary>
    public static AssistanceCase Approved(string caseId, CaseApplicant applicant, PolicySet policy, IntakeChannel channel = IntakeChannel.WalkInWindow)
    {
        var opened = AssistanceCase.Open(caseId, channel, applicant, By("window-7", March(2), 0)).Value.Case;
        var accepted = Then(opened, c => c.Accept(By("window-7", March(2, 10), c.Version), [Need.Temporary], policy));
        return Then(Noticed(accepted, Money.FromYuan(3_000m), policy), c => c.Approve(By("county-1", March(13), c.Version)));
    }

    /// <summary>Runs a command that must succeed and returns the case after it.</summary>
    public static AssistanceCase Then(AssistanceCase current, Func<AssistanceCase, Result<CaseUpdate>> command)
    {
        var result = command(current);
        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorCode} {e.ErrorMessage}")) + string.Join("; ", result.Errors));
        return result.Value.Case;
    }

    /// <summary>
    /// The first error code of a command that must be refused as invalid. Every refusal of a command names the field
    /// it concerns and says why, so an integrator can show it next to the input.
    /// </summary>
    public static string Refused(Result<CaseUpdate> result)
    {
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.All(result.ValidationErrors, error =>
        {
            Assert.False(string.IsNullOrEmpty(error.Identifier), $"{error.ErrorCode}: no field named");
            Assert.False(string.IsNullOrWhiteSpace(error.ErrorMessage), $"{error.ErrorCode}: no message");
        });
        return result.ValidationErrors.First().ErrorCode;
    }
}
