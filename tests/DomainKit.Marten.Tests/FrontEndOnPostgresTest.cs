using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DomainKit.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace DomainKit.Marten.Tests;

/// <summary>The HTTP API and the reference front end with a connection string: cases and the ledger in PostgreSQL.</summary>
[Collection(PostgresTests.Name)]
public sealed class FrontEndOnPostgresTest(PostgresCluster cluster)
{
    [Fact]
    public async Task TheApi_WithAConnectionString_KeepsCasesInTheDatabase_AcrossARestart()
    {
        await using var kit = await StoreKit.CreateAsync(cluster, applySchema: false);
        string[] args = ["--urls", "http://127.0.0.1:0", "--ConnectionStrings:DomainKit", kit.ConnectionString, "--ApplySchema", "true", "--FundYears", "2026"];

        await using (var app = await Started(args))
        {
            using var client = Client(app);
            using var opened = await client.PostAsync("/api/cases", Json(Example("open.json")));
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            using var accepted = await client.PostAsync("/api/cases/case-7/commands", Json(Example("accept.json")));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            using var stale = await client.PostAsync("/api/cases/case-7/commands", Json(Example("accept.json")));
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Equal(2, JsonNode.Parse(await stale.Content.ReadAsStringAsync())!["currentVersion"]!.GetValue<int>());
        }

        // What the API was told is in the database, in the contract's form, and a second start (without --ApplySchema)
        // serves it and opens no budget twice.
        Assert.Equal(2, (await kit.RowsAsync("case-7")).Count);
        var budgets = (await kit.NewStore().LedgerAsync()).Version;
        Assert.True(budgets > 0);
        await using (var again = await Started(args.Where(a => a is not "--ApplySchema" and not "true").ToArray()))
        {
            using var client = Client(again);
            var history = JsonNode.Parse(await client.GetStringAsync("/api/cases/case-7/history"))!;
            Assert.Equal(["caseOpened", "caseAccepted"], history["events"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));
        }

        Assert.Equal(budgets, (await kit.NewStore().LedgerAsync()).Version);
        var worklist = await kit.Store.WorklistAsync(new LocalDate(2026, 3, 3));
        Assert.Contains(worklist, l => l is { CaseId: "case-7", RuleId: "VR-04", DaysLeft: 2 });
    }

    private static async Task<WebApplication> Started(string[] args)
    {
        var app = FrontEnd.Create(args);
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

    private static string Example(string name) => File.ReadAllText(Path.Combine(PostgresCluster.RepositoryRoot, "docs", "examples", "cases", name));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
