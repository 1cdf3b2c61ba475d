using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Time limits on cases, accountability and escalation (WF-01 to WF-07, VR-04, ZF-ACC-01, ZF-ACC-02) and
/// publication (PB-03, ZF-VR-03), hand-computed. 1 March 2026 is a Sunday.
/// </summary>
public class CaseSupervisionTest
{
    private static readonly LocalDate Monday16 = new(2026, 3, 16);

    /// <summary>A dibao case accepted by window-7 on Friday 6 March and not investigated since.</summary>
    private static AssistanceCase AcceptedOnFriday() =>
        Then(Opened(), c => c.Accept(By("window-7", March(6), c.Version), [Need.BasicLiving], Policy));

    [Fact]
    public void TheSchedule_CountsWorkingDaysFromAcceptance()
    {
        var schedule = AcceptedOnFriday().Schedule(Policy, WorkingDayCalendar.MondayToFriday);
        var due = schedule.Deadlines.ToDictionary(d => d.Deadline.Limit, d => d.Deadline.Due);

        // VR-04: 3 working days after Friday 6 March: Monday 9, Tuesday 10, Wednesday 11.
        Assert.Equal(new LocalDate(2026, 3, 11), due[TimeLimit.InvestigationStart]);
        Assert.Equal(new LocalDate(2026, 3, 11), due[TimeLimit.DataCheck]);

        // WF-01: 30 working days, six full weeks: Friday 17 April.
        Assert.Equal(new LocalDate(2026, 4, 17), due[TimeLimit.DibaoDecision]);
        Assert.Empty(schedule.NotSet);
    }

    [Fact]
    public void TheAccountabilityReport_NamesTheStageThePersonAndTheWorkingDaysLate()
    {
        var report = Supervision.Accountability([AcceptedOnFriday()], Policy, WorkingDayCalendar.MondayToFriday, Monday16);

        // Late on Thursday 12, Friday 13 and Monday 16: three working days, at acceptance, by window-7.
        Assert.Equal(2, report.Lines.Length);
        Assert.All(report.Lines, line =>
        {
            Assert.Equal("case-1", line.CaseId);
            Assert.Equal(CaseStage.Acceptance, line.Stage);
            Assert.Equal("window-7", line.StaffId);
            Assert.Equal(3, line.WorkingDaysLate);
            Assert.Null(line.DoneOn);
        });
        Assert.Equal([TimeLimit.InvestigationStart, TimeLimit.DataCheck], report.Lines.Select(l => l.Limit));
        Assert.Equal("VR-04", report.Lines[0].RuleId);
        Assert.Empty(Supervision.Accountability([AcceptedOnFriday()], Policy, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 3, 11)).Lines);
    }

    [Fact]
    public void AHolidayMovesTheDeadline_AndIsNotCountedLate()
    {
        var calendar = WorkingDayCalendar.Create("test", [new LocalDate(2026, 3, 9)], []).Value;
        var report = Supervision.Accountability([AcceptedOnFriday()], Policy, calendar, Monday16);
        Assert.All(report.Lines, line => Assert.Equal(new LocalDate(2026, 3, 12), line.Due));
        Assert.All(report.Lines, line => Assert.Equal(2, line.WorkingDaysLate));
    }

    [Fact]
    public void AStepDoneLate_StaysOnTheReport_WithTheDayItWasDone_AndTheAssignedPerson()
    {
        var accepted = AcceptedOnFriday();
        var assigned = Then(accepted, c => c.AssignAccountable(By("chief-1", March(16), c.Version), "lead-8"));
        var investigated = Then(assigned, c => c.StartInvestigation(By("lead-8", March(17), c.Version), ["inv-1", "inv-2"], Policy));
        var report = Supervision.Accountability([investigated], Policy, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 3, 30));
        var investigation = Assert.Single(report.Lines, l => l.Limit == TimeLimit.InvestigationStart);
        Assert.Equal(new LocalDate(2026, 3, 17), investigation.DoneOn);
        Assert.Equal(4, investigation.WorkingDaysLate);
        Assert.Equal("lead-8", investigation.StaffId);

        // The data check is still undone: 12, 13, 16-20, 23-27, 30 March is 13 working days; it leads the report.
        Assert.Equal(TimeLimit.DataCheck, report.Lines[0].Limit);
        Assert.Equal(13, report.Lines[0].WorkingDaysLate);
    }

    [Fact]
    public void LimitsWithoutTheirParameter_AreReportedAsNotSet()
    {
        var temporary = Then(Opened(), c => c.Accept(By("window-7", March(6), c.Version), [Need.Temporary], PolicySets.ZhifuPilot));
        var schedule = temporary.Schedule(PolicySets.ZhifuPilot, WorkingDayCalendar.MondayToFriday);
        Assert.Equal([TimeLimitParameters.TemporaryOrMedicalReview.Id], schedule.NotSet.AsEnumerable());
        Assert.DoesNotContain(schedule.Deadlines, d => d.Deadline.Limit == TimeLimit.TemporaryOrMedicalReview);
    }

    [Fact]
    public void Escalation_FollowsThePolicysCriteria_OnceEach()
    {
        var accepted = AcceptedOnFriday();
        Assert.Equal(ErrorCodes.CaseEscalationNoCriterion, Refused(accepted.Escalate(By("chief-1", March(16), accepted.Version), Policy, WorkingDayCalendar.MondayToFriday)));

        // Five working days late on Wednesday 18 March (12, 13, 16, 17, 18): the policy's threshold.
        var escalated = Then(accepted, c => c.Escalate(By("chief-1", March(18), c.Version), Policy, WorkingDayCalendar.MondayToFriday));
        Assert.Equal([EscalationReason.Overdue], escalated.Escalations.AsEnumerable());
        Assert.Equal(ErrorCodes.CaseEscalationNoCriterion, Refused(escalated.Escalate(By("chief-1", March(19), escalated.Version), Policy, WorkingDayCalendar.MondayToFriday)));
        Assert.Empty(Supervision.Criteria(accepted, PolicySets.ZhifuPilot, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 6, 1)));
    }

    [Fact]
    public void TwoObjections_AndALargeAmount_AreCriteria()
    {
        var noticed = Noticed(Need.Temporary);
        var once = Then(noticed, c => c.RaiseObjection(By("town-2", March(6), c.Version)));
        var again = Then(once, c => c.PublishNotice(By("town-2", March(9), c.Version), Programme.TemporaryAssistance, Money.FromYuan(50_000m), Policy, WorkingDayCalendar.MondayToFriday));
        var twice = Then(again, c => c.RaiseObjection(By("town-2", March(10), c.Version)));
        Assert.Equal(
            [EscalationReason.Objections],
            Supervision.Criteria(twice, Policy, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 3, 10)).AsEnumerable());
        Assert.Equal(
            [EscalationReason.LargeAmount],
            Supervision.Criteria(again, Policy, WorkingDayCalendar.MondayToFriday, new LocalDate(2026, 3, 10)).AsEnumerable());
    }

    [Fact]
    public void ThePublicationView_HoldsOnlyTheMaskedNameTheHouseholdSizeAndTheAmount()
    {
        var noticed = Noticed(Need.Temporary);
        var view = noticed.Publication(Policy).Value;
        Assert.Equal(new PublicationView("张**", 3, Programme.TemporaryAssistance, Money.FromYuan(3_000m)), view);
        foreach (var text in new[] { view.ToString(), string.Join("\n", noticed.Events), noticed.ToString() })
        {
            Assert.DoesNotContain(Id.Value, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Applicant.Address!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Applicant.Illness!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Applicant.Name, text, StringComparison.Ordinal);
        }

        var objected = Then(noticed, c => c.RaiseObjection(By("town-2", March(6), c.Version)));
        Assert.Equal(ErrorCodes.CaseTransition, objected.Publication(Policy).ValidationErrors.Single().ErrorCode);
        Assert.False(Accepted(Need.Temporary).Publication(Policy).IsSuccess);
        var full = Policy.With(CaseParameters.PublicationNameMasking, NameMasking.FullName, new LocalDate(2026, 1, 1));
        Assert.Equal("张三丰", noticed.Publication(full).Value.Name);
    }

    [Theory]
    [InlineData("张三丰", NameMasking.KeepFirstCharacter, "张**")]
    [InlineData("张三丰", NameMasking.KeepFirstAndLastCharacters, "张*丰")]
    [InlineData("李明", NameMasking.KeepFirstAndLastCharacters, "李*")]
    [InlineData("欧阳娜娜", NameMasking.KeepFirstAndLastCharacters, "欧**娜")]
    [InlineData("𠮷野家", NameMasking.KeepFirstCharacter, "𠮷**")]
    [InlineData(" 王 ", NameMasking.KeepFirstCharacter, "*")]
    [InlineData("王", NameMasking.KeepFirstAndLastCharacters, "*")]
    [InlineData("", NameMasking.KeepFirstCharacter, "")]
    public void Mask_ShowsOnlyWhatThePolicyAllows(string name, NameMasking masking, string expected) =>
        Assert.Equal(expected, PublicationView.Mask(name, masking));
}
