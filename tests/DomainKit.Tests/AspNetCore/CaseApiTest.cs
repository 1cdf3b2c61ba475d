using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.AspNetCore;
using DomainKit.Contracts;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using DomainKit.Tests.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Tests.AspNetCore;

/// <summary>
/// The case workflow over HTTP: a case taken from its opening to payment by JSON commands alone, each answer checked
/// against the dates and sums the specification gives; stale versions, double openings and misplaced commands refused
/// without changing anything; concurrent senders; the store's limit; and money that moves whole or not at all.
/// </summary>
public sealed class CaseApiTest
{
    private const string ApplicantName = "张三丰";
    private const string ApplicantId = "11010519491231002X";

    private static readonly string OpenCommand = $$"""
        {"type": "open", "caseId": "case-7", "channel": "walkInWindow",
         "applicant": {"name": "{{ApplicantName}}", "residentId": "{{ApplicantId}}", "householdSize": 3} }
        """;

    // The case's life in Zhifu as the workflow guide tells it; 1:00 UTC is 9:00 in the case's time zone.
    private static readonly (string Staff, string At, string Command)[] ToPayment =
    [
        ("window-7", "2026-03-02T01:00:00Z", OpenCommand),
        ("window-7", "2026-03-02T02:00:00Z", """{"type": "accept", "needs": ["temporary"]}"""),
        ("lead-3", "2026-03-03T01:00:00Z", """{"type": "startInvestigation", "investigators": ["inv-1", "inv-2"]}"""),
        ("inv-1", "2026-03-04T01:00:00Z", """{"type": "recordVerification", "source": "banks", "declared": "0.00", "verified": "1200.00"}"""),
        ("town-2", "2026-03-05T01:00:00Z", """{"type": "publishNotice", "programme": "temporaryAssistance", "amount": "3000.00"}"""),
        ("county-1", "2026-03-13T01:00:00Z", """{"type": "approve"}"""),
        ("county-1", "2026-03-16T01:00:00Z", """{"type": "pay", "amount": "3000.00"}"""),
    ];

    [Fact]
    public async Task ACase_RunsFromOpeningToPayment_ThroughJsonCommandsAlone()
    {
        var store = new InMemoryCaseStore(CaseTestKit.Ledger());
        await using var host = await Start(store);
        var account = new LedgerAccount(AssistanceCase.FundFor(Programme.TemporaryAssistance)!.Value, 2026);
        var budget = (await store.LedgerAsync()).Balance(account);

        string[] stages = ["report", "acceptance", "review", "review", "review", "decision", "decision"];
        for (var i = 0; i < ToPayment.Length; i++)
        {
            var (staff, at, command) = ToPayment[i];
            using var response = await Send(host, i == 0 ? "/api/cases" : "/api/cases/case-7/commands", Command(staff, at, i, command));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == (i == 0 ? HttpStatusCode.Created : HttpStatusCode.OK), $"step {i}: {body}");
            StandardValidatorTest.AssertValid(CaseUpdateDocument.SchemaName, body);
            var update = JsonNode.Parse(body)!;
            Assert.Equal(i + 1, update["version"]!.GetValue<int>());
            Assert.Equal(stages[i], update["stage"]!.GetValue<string>());
            Assert.Equal(PolicySets.ZhifuPilot.Id, response.Headers.GetValues("DomainKit-Policy").Single());
            if (i == 0)
            {
                Assert.Equal("/api/cases/case-7", response.Headers.Location!.OriginalString);
            }
        }

        // PB-02: seven calendar days from the day after Thursday 5 March; the last, Thursday 12 March, is a working day.
        var stored = (await store.FindAsync("case-7"))!;
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 12), stored.Notice!.LastDay);
        Assert.Equal(Money.FromYuan(3_000m), stored.TotalPaid);
        Assert.Equal(budget - Money.FromYuan(3_000m), (await store.LedgerAsync()).Balance(account));

        using var history = await host.Client.GetAsync("/api/cases/case-7/history");
        var text = await history.Content.ReadAsStringAsync();
        StandardValidatorTest.AssertValid(CaseHistoryDocument.SchemaName, text);
        var replayed = CaseEventJson.ParseHistory(text, requireChain: true, [CaseHistoryHash.Sha256]);
        Assert.True(replayed.IsSuccess);
        Assert.Equal(stored, replayed.Value);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflictNamingTheCurrentVersion_AndChangesNothing()
    {
        var store = new InMemoryCaseStore(CaseTestKit.Ledger());
        await using var host = await Start(store);
        await RunSteps(host, 2);

        // Two caseworkers saw version 2; the first starts the investigation, the second's command is stale.
        using var first = await Send(host, "/api/cases/case-7/commands", Command(ToPayment[2].Staff, ToPayment[2].At, 2, ToPayment[2].Command));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await Send(host, "/api/cases/case-7/commands", Command("lead-4", "2026-03-03T02:00:00Z", 2, """{"type": "refer", "department": "health"}"""), "zh-CN");
        var problem = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(3, problem["currentVersion"]!.GetValue<int>());
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("expectedVersion", error["path"]!.GetValue<string>());
        Assert.Equal(ApiErrorCodes.CaseVersionStale, error["code"]!.GetValue<string>());
        Assert.Contains("第 3 版", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, (await store.FindAsync("case-7"))!.Version);
    }

    [Fact]
    public async Task OpeningACaseTwice_IsAConflict_AndCommandsSentToTheWrongPlaceAreRefused()
    {
        var store = new InMemoryCaseStore(FundLedger.Empty);
        await using var host = await Start(store);
        await RunSteps(host, 1);

        using var again = await Send(host, "/api/cases", Command("window-8", "2026-03-02T03:00:00Z", 0, OpenCommand));
        var problem = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, problem["currentVersion"]!.GetValue<int>());
        Assert.Equal(ApiErrorCodes.CaseExists, problem["errors"]![0]!["code"]!.GetValue<string>());

        using var openOnCase = await Send(host, "/api/cases/case-7/commands", Command("window-8", "2026-03-02T03:00:00Z", 1, OpenCommand));
        Assert.Equal(HttpStatusCode.BadRequest, openOnCase.StatusCode);
        Assert.Contains(ApiErrorCodes.CommandMisplaced, await openOnCase.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reportAsOpening = await Send(host, "/api/cases", Command("window-8", "2026-03-02T03:00:00Z", 1, """{"type": "report"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, reportAsOpening.StatusCode);
        Assert.Equal(1, store.Count);
        Assert.Equal(1, (await store.FindAsync("case-7"))!.Version);
    }

    [Fact]
    public async Task AnUnknownCase_IsNotFound_ForEveryCaseEndpoint_WithoutItsIdInTheAnswer()
    {
        await using var host = await Start(new InMemoryCaseStore(FundLedger.Empty));
        const string secret = "ID-11010519491231002X";
        foreach (var path in new[] { "history", "schedule", "accountability" })
        {
            using var response = await host.Client.GetAsync($"/api/cases/{secret}/{path}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("11010519491231002X", body, StringComparison.Ordinal);
        }

        using var command = await Send(host, $"/api/cases/{secret}/commands", Command("lead-3", "2026-03-03T01:00:00Z", 1, """{"type": "report"}"""));
        Assert.Equal(HttpStatusCode.NotFound, command.StatusCode);
        Assert.DoesNotContain("11010519491231002X", await command.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSchedule_GivesEachLimitsDueDay_DaysLeft_AndWhoAnswers_AndTheAccountabilityReport_TheLateOnes()
    {
        var store = new InMemoryCaseStore(CaseTestKit.Ledger());
        await using var host = await Start(store);
        await RunSteps(host, 2);

        // VR-04 in Zhifu: 3 working days from acceptance on Monday 2 March, due Thursday 5 March; on Tuesday the 3rd,
        // two working days (Wednesday, Thursday) are left, and the window clerk who accepted the case answers for it.
        using var schedule = await host.Client.GetAsync("/api/cases/case-7/schedule?date=2026-03-03");
        var text = await schedule.Content.ReadAsStringAsync();
        StandardValidatorTest.AssertValid(CaseScheduleDocument.SchemaName, text);
        var document = JsonNode.Parse(text)!;
        var start = Deadline(document, "investigationStart");
        Assert.Equal("VR-04", start["ruleId"]!.GetValue<string>());
        Assert.Equal("2026-03-05", start["due"]!.GetValue<string>());
        Assert.Equal(2, start["daysLeft"]!.GetValue<int>());
        Assert.False(start["late"]!.GetValue<bool>());
        Assert.Equal("window-7", start["accountableStaffId"]!.GetValue<string>());
        Assert.Equal("acceptance", start["stage"]!.GetValue<string>());

        // WF-07 has no value in the Zhifu pilot: the limit is named as not set, never treated as met.
        Assert.Contains("timeLimitTemporaryOrMedicalReview", document["notSet"]!.AsArray().Select(n => n!.GetValue<string>()));

        // On Monday 9 March nothing has started: both VR-04 limits are two working days late (Friday 6, Monday 9).
        using var late = await host.Client.GetAsync("/api/cases/case-7/schedule?date=2026-03-09");
        var lateStart = Deadline(JsonNode.Parse(await late.Content.ReadAsStringAsync())!, "investigationStart");
        Assert.True(lateStart["late"]!.GetValue<bool>());
        Assert.Equal(2, lateStart["workingDaysLate"]!.GetValue<int>());
        Assert.Null(lateStart["daysLeft"]);

        foreach (var path in new[] { "/api/accountability?date=2026-03-09", "/api/cases/case-7/accountability?date=2026-03-09" })
        {
            using var report = await host.Client.GetAsync(path);
            var reportText = await report.Content.ReadAsStringAsync();
            StandardValidatorTest.AssertValid(AccountabilityDocument.SchemaName, reportText);
            var lines = JsonNode.Parse(reportText)!["lines"]!.AsArray();
            Assert.Equal(["dataCheck", "investigationStart"], lines.Select(l => l!["limit"]!.GetValue<string>()).Order(StringComparer.Ordinal));
            Assert.All(lines, l =>
            {
                Assert.Equal(2, l!["workingDaysLate"]!.GetValue<int>());
                Assert.Equal("window-7", l["staffId"]!.GetValue<string>());
                Assert.Equal("2026-03-05", l["due"]!.GetValue<string>());
            });
        }

        using var badDate = await host.Client.GetAsync("/api/cases/case-7/schedule?date=2026-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task ConcurrentSenders_OfTheSameVersion_OneRunsAndEveryOtherIsAConflict()
    {
        var store = new InMemoryCaseStore(CaseTestKit.Ledger());
        await using var host = await Start(store);
        await RunSteps(host, 2);

        var senders = Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await Send(host, "/api/cases/case-7/commands", Command($"lead-{i}", "2026-03-03T01:00:00Z", 2, ToPayment[2].Command));
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(senders);
        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(3, (await store.FindAsync("case-7"))!.Version);
    }

    [Fact]
    public async Task APaymentTheFundCannotCover_IsRefused_AndNeitherTheCaseNorTheLedgerMoves()
    {
        var account = new LedgerAccount(AssistanceCase.FundFor(Programme.TemporaryAssistance)!.Value, 2026);
        var ledger = FundLedger.Empty.Open(account, Money.FromYuan(1_000m), "finance-1", CaseTestKit.March(1), "budget", 0).Value;
        var store = new InMemoryCaseStore(ledger);
        await using var host = await Start(store);
        await RunSteps(host, ToPayment.Length - 1);

        var (staff, at, command) = ToPayment[^1];
        using var pay = await Send(host, "/api/cases/case-7/commands", Command(staff, at, ToPayment.Length - 1, command), "zh-CN");
        var body = await pay.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, pay.StatusCode);
        Assert.StartsWith("ledger", JsonNode.Parse(body)!["errors"]![0]!["path"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(ToPayment.Length - 1, (await store.FindAsync("case-7"))!.Version);
        Assert.Same(ledger, await store.LedgerAsync());
    }

    [Fact]
    public async Task AFullStore_RefusesANewCase_WithServiceUnavailable()
    {
        var store = new InMemoryCaseStore(FundLedger.Empty, maxCases: 1);
        await using var host = await Start(store);
        await RunSteps(host, 1);
        using var another = await Send(host, "/api/cases", Command("window-7", "2026-03-02T01:00:00Z", 0, OpenCommand.Replace("case-7", "case-8", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, another.StatusCode);
        Assert.Contains(ApiErrorCodes.StoreUnavailable, await another.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task ARefusedOpening_NamesTheFields_AndNeverRepeatsThePersonalDataItWasSent()
    {
        await using var host = await Start(new InMemoryCaseStore(FundLedger.Empty));
        var badId = OpenCommand.Replace(ApplicantId, "110105194912310021", StringComparison.Ordinal).Replace("\"householdSize\": 3", "\"householdSize\": 0", StringComparison.Ordinal);
        using var response = await Send(host, "/api/cases", Command("window-7", "2026-03-02T01:00:00Z", 0, badId));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var paths = JsonNode.Parse(body)!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("command.applicant.residentId", paths);
        Assert.Contains("command.applicant.householdSize", paths);
        Assert.DoesNotContain(ApplicantName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("110105194912310021", body, StringComparison.Ordinal);
    }

    internal static string Command(string staff, string at, int expectedVersion, string command) => $$"""
        {"schema": "domainkit/case-command@1", "staffId": "{{staff}}", "at": "{{at}}", "reason": "handled at the window",
         "expectedVersion": {{expectedVersion}}, "command": {{command}} }
        """;

    private static Task<ApiHost> Start(ICaseStore store) => ApiHost.Start(services: builder => builder.Services.AddSingleton(store));

    private static async Task RunSteps(ApiHost host, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (staff, at, command) = ToPayment[i];
            using var response = await Send(host, i == 0 ? "/api/cases" : "/api/cases/case-7/commands", Command(staff, at, i, command));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<HttpResponseMessage> Send(ApiHost host, string path, string json, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return await host.Client.SendAsync(request);
    }

    private static JsonNode Deadline(JsonNode schedule, string limit) =>
        schedule["deadlines"]!.AsArray().Single(d => d!["limit"]!.GetValue<string>() == limit)!;
}
