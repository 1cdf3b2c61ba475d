using DomainKit.Assistance;

namespace DomainKit.Marten.Tests;

/// <summary>A row edited in the database, by someone with access to it, is caught when its stream is loaded.</summary>
[Collection(PostgresTests.Name)]
public sealed class TamperTest(PostgresCluster cluster)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task FindAsync_AnEditedEvent_IsDetected_WithoutEchoingTheData(int version)
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.AcceptedAsync("case-1");

        // The reason of one event changed in place: the chain of the next event breaks, and the last one no longer
        // hashes to the head the case's view recorded.
        Assert.Equal(1, await kit.ExecuteAsync("update mt_events set data = jsonb_set(data, '{reason}', '\"rewritten later\"') where stream_id = 'case-1' and version = $1", (long)version));

        var error = await Assert.ThrowsAsync<CaseStoreIntegrityException>(() => kit.NewStore().FindAsync("case-1"));
        Assert.DoesNotContain("张三丰", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rewritten", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CaseStoreIntegrityException>(() => kit.NewStore().RunAsync("case-1", (c, _) => c!.Close(StoreKit.By("window-7", StoreKit.March(3), c.Version))));
        Assert.Equal(2, (await kit.RowsAsync("case-1")).Count);
    }

    [Fact]
    public async Task FindAsync_AStoreThatReadTheCaseBefore_CatchesAnEditOfAnEventAppendedSince()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.AcceptedAsync("case-1");
        var reader = kit.NewStore();
        Assert.Equal(2, (await reader.FindAsync("case-1"))!.Version);

        // Another process appends two events; one of them is then edited. The reader continues from what it knew and
        // checks each new link and the head.
        await kit.Then("case-1", (c, _) => c!.StartInvestigation(StoreKit.By("lead-3", StoreKit.March(3), c.Version), ["inv-1", "inv-2"], StoreKit.Policy));
        await kit.Then("case-1", (c, _) => c!.RecordVerification(StoreKit.By("inv-1", StoreKit.March(4), c.Version), VerificationSource.Banks, Money.Zero, Money.FromYuan(1_200m)));
        Assert.Equal(4, (await kit.NewStore().FindAsync("case-1"))!.Version);
        await kit.ExecuteAsync("update mt_events set data = jsonb_set(data, '{reason}', '\"rewritten later\"') where stream_id = 'case-1' and version = 3");

        await Assert.ThrowsAsync<CaseStoreIntegrityException>(() => reader.FindAsync("case-1"));
    }

    [Fact]
    public async Task FindAsync_TheLastEventCutOff_IsDetectedByTheHead()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.AcceptedAsync("case-1");

        await kit.ExecuteAsync("delete from mt_events where stream_id = 'case-1' and version = 2");
        await kit.ExecuteAsync("update mt_streams set version = 1 where id = 'case-1'");

        await Assert.ThrowsAsync<CaseStoreIntegrityException>(() => kit.NewStore().FindAsync("case-1"));
    }

    [Fact]
    public async Task LedgerAsync_AnEditedAmount_IsDetected()
    {
        await using var kit = await StoreKit.CreateAsync(cluster);
        await kit.OpenFundsAsync();
        await kit.ApprovedAsync("case-1");
        await kit.Then("case-1", (c, ledger) => c!.Pay(StoreKit.By("county-1", StoreKit.March(16), c.Version), Money.FromYuan(3_000m), ledger));
        var paid = (await kit.NewStore().LedgerAsync()).Version;

        // A payment made larger than the fund could ever pay: the replayed ledger refuses it.
        await kit.ExecuteAsync($"update mt_events set data = jsonb_set(data, '{{amount}}', '\"99999999.00\"') where stream_id = $1 and version = $2", MartenCaseStore.LedgerStreamKey, paid);

        await Assert.ThrowsAsync<CaseStoreIntegrityException>(() => kit.NewStore().LedgerAsync());
    }
}
