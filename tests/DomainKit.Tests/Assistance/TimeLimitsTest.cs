using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Assistance;

public class TimeLimitsTest
{
    private static readonly LocalDate Monday = new(2026, 3, 2);

    [Fact]
    public void Wf01_DibaoDecision_IsDueThirtyWorkingDaysAfterAcceptance()
    {
        var deadline = TimeLimits.Due(TimeLimit.DibaoDecision, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot).Value;
        Assert.Equal(new LocalDate(2026, 4, 13), deadline.Due);
        Assert.Equal("WF-01", deadline.RuleId);
        Assert.False(deadline.IsLate(new LocalDate(2026, 4, 13)));
        Assert.True(deadline.IsLate(new LocalDate(2026, 4, 14)));
        Assert.Equal(3, deadline.WorkingDaysLate(new LocalDate(2026, 4, 20), doneOn: new LocalDate(2026, 4, 16)));
        Assert.Equal(0, deadline.WorkingDaysLate(new LocalDate(2026, 4, 20), doneOn: new LocalDate(2026, 4, 10)));
    }

    [Fact]
    public void Wf01_SpecialCase_AndOtherLimits_ComeFromThePolicy()
    {
        Assert.Equal(new LocalDate(2026, 5, 4), TimeLimits.Due(TimeLimit.DibaoDecisionSpecial, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.NationalBaseline).Value.Due);
        Assert.Equal(new LocalDate(2026, 3, 5), TimeLimits.Due(TimeLimit.RejectionNotice, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.NationalBaseline).Value.Due);
        Assert.Equal(new LocalDate(2026, 3, 16), TimeLimits.Due(TimeLimit.CountyConfirmation, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.NationalBaseline).Value.Due);
    }

    [Fact]
    public void Pb02_TheNoticeIsSevenCalendarDays_EndingOnAWorkingDay()
    {
        var deadline = TimeLimits.Due(TimeLimit.PublicNotice, new LocalDate(2026, 3, 1), WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot).Value;
        Assert.True(deadline.InCalendarDays);
        Assert.Equal(new LocalDate(2026, 3, 9), deadline.Due);
    }

    [Fact]
    public void Wf07_WithoutLocalValues_IsParameterNotSet()
    {
        var result = TimeLimits.Due(TimeLimit.TemporaryOrMedicalReview, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot);
        Assert.Equal(ErrorCodes.ParameterMissing, Assert.Single(result.ValidationErrors).ErrorCode);
        var local = PolicySets.ZhifuPilot.With(TimeLimitParameters.TemporaryOrMedicalReview, 10, new LocalDate(2026, 1, 1));
        Assert.Equal(new LocalDate(2026, 3, 16), TimeLimits.Due(TimeLimit.TemporaryOrMedicalReview, Monday, WorkingDayCalendar.MondayToFriday, local).Value.Due);
    }

    [Fact]
    public void Explain_CitesTheRuleTheParameterAndGen01_InBothLanguages()
    {
        var step = TimeLimits.Due(TimeLimit.DibaoDecision, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot).Value.Explain();
        var explanation = new DomainKit.Explanations.Explanation([step]);
        Assert.Equal(["WF-01", "GEN-01"], explanation.CitedRuleIds);
        Assert.Contains("The dibao decision is due within 30 working days of 2026-03-02: by 2026-04-13", explanation.Render(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
        Assert.Contains("低保审核确认应在 2026-03-02 起 30 个工作日内完成：截至 2026-04-13", explanation.Render(DomainKit.Explanations.Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedLimit_IsInvalid() =>
        Assert.False(TimeLimits.Due((TimeLimit)99, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot).IsSuccess);

    [Fact]
    public void Deadlines_AreEqualExactlyWhenLimitStartDaysDueAndCalendarAre()
    {
        var calendar = WorkingDayCalendar.Create("Test calendar 2026", [new LocalDate(2026, 3, 3)], []).Value;
        Deadline Due(TimeLimit limit, LocalDate start, WorkingDayCalendar on, PolicySet policy) => TimeLimits.Due(limit, start, on, policy).Value;

        DomainKit.Tests.Outputs.EqualityLaws.Hold<Deadline>(
        [
            Due(TimeLimit.DibaoDecision, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot),
            Due(TimeLimit.DibaoDecision, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot),
            Due(TimeLimit.DibaoDecision, Monday, WorkingDayCalendar.Create("Monday to Friday, no holidays (default)", [], []).Value, PolicySets.ZhifuPilot),
            Due(TimeLimit.DibaoDecision, Monday.PlusDays(1), WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot),
            Due(TimeLimit.DibaoDecision, Monday, calendar, PolicySets.ZhifuPilot),
            Due(TimeLimit.RejectionNotice, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.ZhifuPilot),
            Due(TimeLimit.DibaoDecision, Monday, WorkingDayCalendar.MondayToFriday, PolicySets.NationalBaseline),
        ]);
    }
}
