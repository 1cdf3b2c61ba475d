using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Marten.Tests;

/// <summary>The views written with the events: worklist, reviews due, publication list and balances, and their rebuild.</summary>
[Collection(PostgresTests.Name)]
public sealed class CaseViewsTest(PostgresCluster cluster)
{

    [Fact]
    public async Task Worklist_CountsDaysLeftThenDaysLate_OverdueFirst_WithWhoAnswers()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        var accepted = await kit.AcceptedAsync("case-1");

        // VR-04 in Zhifu: 3 working days from acceptance on Monday 2 March, due Thursday 5 March; on Tuesday the 3rd
        // two working days are left (Wednesday, Thursday), and the window clerk who accepted the case answers for it.
        var tuesday = await kit.Store.WorklistAsync(new LocalDate(2026, 3, 3));
        var start = Assert.Single(tuesday, l => l.Limit == TimeLimit.InvestigationStart);
        Assert.Equal(("case-1", "VR-04", new LocalDate(2026, 3, 5), 2, false, 0, "window-7", CaseStage.Acceptance),
            (start.CaseId, start.RuleId, start.Due, start.DaysLeft, start.Overdue, start.WorkingDaysLate, start.AccountableStaffId, start.Stage));

        // On Monday 9 March it is two working days late (Friday 6, Monday 9) and comes before a limit still running.
        await kit.Then("case-2", (_, _) => AssistanceCase.Open("case-2", IntakeChannel.WalkInWindow, StoreKit.Applicant, StoreKit.By("window-8", StoreKit.March(9), 0)));
        await kit.Then("case-2", (c, _) => c!.Accept(StoreKit.By("window-8", StoreKit.March(9, 10), c.Version), [Need.Temporary], StoreKit.Policy));
        var monday = await kit.Store.WorklistAsync(new LocalDate(2026, 3, 9));
        Assert.True(monday[0] is { CaseId: "case-1", Overdue: true, WorkingDaysLate: 2, DaysLeft: 0 }, monday[0].ToString());
        Assert.Contains(monday, l => l is { CaseId: "case-2", Limit: TimeLimit.InvestigationStart, Overdue: false, DaysLeft: 3 });
        Assert.Equal(monday.OrderByDescending(l => l.Overdue).ThenByDescending(l => l.WorkingDaysLate).ThenBy(l => l.Due), monday);

        // The worklist agrees with the case's own schedule: one line for each limit not yet met.
        var pending = accepted.Schedule(StoreKit.Policy, WorkingDayCalendar.MondayToFriday).Deadlines.Where(d => d.DoneOn is null)
            .Select(d => (d.Deadline.RuleId, d.Deadline.Due, d.WorkingDaysLate(new LocalDate(2026, 3, 9)), d.AccountableStaffId)).Order();
        Assert.Equal(pending, monday.Where(l => l.CaseId == "case-1").Select(l => (l.RuleId, l.Due, l.WorkingDaysLate, l.AccountableStaffId)).Order());

        // A closed case leaves the worklist, its late limits with it.
        await kit.OpenFundsAsync();
        await kit.ApprovedAsync("case-3");
        await kit.Then("case-3", (c, ledger) => c!.Pay(StoreKit.By("county-1", StoreKit.March(16), c.Version), Money.FromYuan(3_000m), ledger));
        await kit.Then("case-3", (c, _) => c!.RecordOutcome(StoreKit.By("town-2", StoreKit.March(20), c.Version), CaseOutcome.Resolved));
        await kit.Then("case-3", (c, _) => c!.CompleteTask(StoreKit.By("town-2", StoreKit.March(20), c.Version), Department.CivilAffairs));
        await kit.Then("case-3", (c, _) => c!.Close(StoreKit.By("town-2", StoreKit.March(20), c.Version)));
        Assert.DoesNotContain(await kit.Store.WorklistAsync(new LocalDate(2026, 3, 20)), l => l.CaseId == "case-3");
    }

    [Fact]
    public async Task ReviewsDue_ADibaoRecipientApprovedOn13March_IsDueInSeptember()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.ApprovedAsync("case-d", Programme.Dibao, 1_350m);
        await kit.ApprovedAsync("case-t");

        // Nothing is due at the end of August: September is a centralised review month (ZF-VR-02, March and September)
        // and six months after 13 March is 13 September (DB-10, unstable income).
        Assert.Empty((await kit.Store.ReviewsDueAsync(new LocalDate(2026, 8, 31))).Value);
        var due = Assert.Single((await kit.Store.ReviewsDueAsync(new LocalDate(2026, 9, 14))).Value);
        Assert.Equal("case-d", due.CaseId);
        Assert.Equal([("ZF-VR-02", new LocalDate(2026, 9, 1)), ("DB-10", new LocalDate(2026, 9, 13))], due.Reasons.Select(r => (r.RuleId, r.DueOn)));
    }

    [Fact]
    public async Task PublicationList_MasksTheNameAsThePolicySays_AndHoldsNothingElse()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.ApprovedAsync("case-1");
        await kit.AcceptedAsync("case-2");

        // Zhifu keeps the first character of the name (PB-03): 张三丰 is published as 张**.
        var published = Assert.Single(await kit.Store.PublicationListAsync());
        Assert.Equal(new PublicationView("张**", 3, Programme.TemporaryAssistance, Money.FromYuan(3_000m)), published);

        var stored = await kit.ScalarAsync<string>("select string_agg(data::text, ' ') from mt_doc_caseview");
        Assert.DoesNotContain("张三丰", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("尿毒症", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RebuildViews_FromTheEvents_EqualsTheViewsWrittenWithThem()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.OpenFundsAsync();
        await kit.ApprovedAsync("case-1");
        await kit.Then("case-1", (c, ledger) => c!.Pay(StoreKit.By("county-1", StoreKit.March(16), c.Version), Money.FromYuan(3_000m), ledger));
        await kit.ApprovedAsync("case-2", Programme.Dibao, 1_350m);
        await kit.ApprovedAsync("case-3");
        await kit.Then("case-3", (c, ledger) => c!.Pay(StoreKit.By("county-1", StoreKit.March(16), c.Version), Money.FromYuan(3_000m), ledger));
        await kit.Then("case-3", (c, _) => c!.RecordOutcome(StoreKit.By("town-2", StoreKit.March(20), c.Version), CaseOutcome.Resolved));
        await kit.Then("case-3", (c, _) => c!.CompleteTask(StoreKit.By("town-2", StoreKit.March(20), c.Version), Department.CivilAffairs));
        await kit.Then("case-3", (c, _) => c!.Close(StoreKit.By("town-2", StoreKit.March(20), c.Version)));
        var live = await kit.ViewsAsync();

        Assert.Equal(3, await kit.Store.RebuildViewsAsync());
        Assert.Equal(live, await kit.ViewsAsync());

        // Views lost altogether come back the same from the events.
        await kit.ExecuteAsync("delete from mt_doc_caseview");
        await kit.ExecuteAsync("delete from mt_doc_fundbalance");
        Assert.Empty(await kit.Store.PublicationListAsync());
        await kit.NewStore().RebuildViewsAsync();
        Assert.Equal(live, await kit.ViewsAsync());
        Assert.Equal(3, (await kit.Store.PublicationListAsync()).Length);
    }
}
