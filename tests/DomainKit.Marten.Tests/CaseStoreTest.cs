using System.Text.Json.Nodes;
using Ardalis.Result;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Marten.Tests;

/// <summary>The store against a real PostgreSQL: what it keeps, what it refuses, and the views written with the events.</summary>
[Collection(PostgresTests.Name)]
public sealed class CaseStoreTest(PostgresCluster cluster)
{
    [Fact]
    public async Task RunAsync_StoresEachEventAsTheContractObjectWithItsChainLink()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        var accepted = await kit.AcceptedAsync("case-1");

        var found = await kit.NewStore().FindAsync("case-1");
        Assert.NotNull(found);
        Assert.Equal(2, found.Version);
        Assert.Equal(accepted.Events.Select(CaseEventJson.Write), found.Events.Select(CaseEventJson.Write));

        // The rows are the case-history contract: each parses alone, and together with their links they are a history
        // whose chain the library's own reader checks.
        var rows = await kit.RowsAsync("case-1");
        Assert.Equal([1L, 2L], rows.Select(r => r.Version));
        Assert.All(rows, r => Assert.True(CaseEventJson.Parse(r.Data).IsSuccess));
        Assert.Equal(CaseHistoryChain.Genesis, JsonNode.Parse(rows[0].Data)!["chain"]!["previous"]!.GetValue<string>());
        Assert.Equal(CaseHistoryChain.Head(accepted.Events.Take(1)), JsonNode.Parse(rows[1].Data)!["chain"]!["previous"]!.GetValue<string>());
        var history = $"{{\"schema\":\"{CaseEventJson.Schema}\",\"events\":[{string.Join(",", rows.Select(r => r.Data))}]}}";
        Assert.Equal(accepted.Events.Select(CaseEventJson.Write), CaseEventJson.ParseHistory(history, requireChain: true, [CaseHistoryHash.Sha256]).Value.Events.Select(CaseEventJson.Write));
    }

    [Fact]
    public async Task RunAsync_StaleVersion_IsTheLibrarysConflictAndStoresNothing()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.AcceptedAsync("case-1");

        var stale = await kit.Store.RunAsync("case-1", (c, _) => c!.StartInvestigation(StoreKit.By("lead-3", StoreKit.March(3), 1), ["inv-1", "inv-2"], StoreKit.Policy));
        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal(2, (await kit.RowsAsync("case-1")).Count);

        var refused = await kit.Store.RunAsync("case-1", (c, _) => c!.StartInvestigation(StoreKit.By("lead-3", StoreKit.March(3), 2), ["inv-1"], StoreKit.Policy));
        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Equal(2, (await kit.RowsAsync("case-1")).Count);
    }

    [Fact]
    public async Task RunAsync_Payment_StoresTheCaseEventAndTheLedgerEntryTogether()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        var opened = await kit.OpenFundsAsync();
        var budget = opened.Balance(StoreKit.Temporary2026);
        await kit.ApprovedAsync("case-1");

        var paid = await kit.Then("case-1", (c, ledger) => c!.Pay(StoreKit.By("county-1", StoreKit.March(16), c.Version), Money.FromYuan(3_000m), ledger));

        var payment = Assert.Single(paid.Payments);
        var ledger = await kit.NewStore().LedgerAsync();
        Assert.Equal(opened.Version + 1, ledger.Version);
        var entry = ledger.Entries[^1];
        Assert.Equal((LedgerEntryKind.Disbursement, "case-1", Money.FromYuan(3_000m), StoreKit.Temporary2026), (entry.Kind, entry.CaseId, entry.Amount, entry.Account));
        Assert.Equal(entry.Sequence, payment.LedgerSequence);
        Assert.Equal(budget - Money.FromYuan(3_000m), ledger.Balance(StoreKit.Temporary2026));

        var balances = await kit.Store.FundBalancesAsync(2026);
        var temporary = Assert.Single(balances, b => b.Fund == Fund.TemporaryAssistance);
        Assert.Equal((budget.Yuan, 3_000m, budget.Yuan - 3_000m, ledger.Version), (temporary.Opened, temporary.Disbursed, temporary.Balance, temporary.LedgerVersion));
        Assert.Equal("temporaryAssistance/2026", temporary.Id);
    }

    [Fact]
    public async Task RunAsync_WithoutTheSchema_CreatesNothingAndSaysToApplyIt()
    {
        await using var kit = await StoreKit.CreateAsync(cluster, applySchema: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => kit.Store.RunAsync("case-1", (_, _) => AssistanceCase.Open("case-1", IntakeChannel.WalkInWindow, StoreKit.Applicant, StoreKit.By("window-7", StoreKit.March(2), 0))));
        Assert.Contains("apply the schema", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await kit.ScalarAsync<long>("select count(*) from information_schema.tables where table_name = 'mt_events'"));

        await CaseStoreSchema.ApplyAsync(kit.Documents);
        Assert.Contains("mt_events", CaseStoreSchema.Script(kit.Documents), StringComparison.Ordinal);
        await kit.AcceptedAsync("case-1");
    }

    [Theory]
    [InlineData("mt_tombstone")]
    [InlineData(MartenCaseStore.LedgerStreamKey)]
    public async Task RunAsync_ACaseIdThatNamesOneOfTheStoresOwnStreams_IsRefused(string caseId)
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        var funds = await kit.OpenFundsAsync();

        var opened = await kit.Store.RunAsync(caseId, (_, _) => AssistanceCase.Open(caseId, IntakeChannel.WalkInWindow, StoreKit.Applicant, StoreKit.By("window-7", StoreKit.March(2), 0)));

        Assert.Equal(ResultStatus.Invalid, opened.Status);
        Assert.Equal(("caseId", "case.id.reserved"), (opened.ValidationErrors.Single().Identifier, opened.ValidationErrors.Single().ErrorCode));
        Assert.Null(await kit.Store.FindAsync(caseId));
        Assert.Equal(funds.Version, (await kit.NewStore().LedgerAsync()).Version);
        Assert.DoesNotContain(await kit.RowsAsync(caseId), row => row.Data.Contains("caseOpened", StringComparison.Ordinal));
    }
}
