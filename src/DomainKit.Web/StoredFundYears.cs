using DomainKit.Assistance;
using DomainKit.Marten;
using DomainKit.Policies;
using Marten;

namespace DomainKit.Web;

/// <summary>
/// At start-up with a PostgreSQL store: applies the schema when asked, and opens the budget years asked for that the
/// stored ledger does not hold yet, so a restart neither opens a year twice nor loses one.
/// </summary>
internal sealed class StoredFundYears(MartenCaseStore store, IDocumentStore documents, bool applySchema, IEnumerable<int> years, PolicySet policy, ILogger<StoredFundYears> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (applySchema)
        {
            await CaseStoreSchema.ApplyAsync(documents, cancellationToken).ConfigureAwait(false);
        }

        foreach (var year in years)
        {
            var opened = await store.RunLedgerAsync(
                ledger => ledger.Accounts.Any(a => a.Year == year && a.NamedFund is null) ? ledger : FrontEnd.OpenYear(ledger, year, policy),
                cancellationToken).ConfigureAwait(false);
            if (!opened.IsSuccess)
            {
                FrontEnd.NoBudget(logger, policy.Id, year);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
