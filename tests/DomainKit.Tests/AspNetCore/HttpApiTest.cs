using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.AspNetCore;
using DomainKit.Contracts;
using DomainKit.Policies;
using DomainKit.Tests.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Tests.AspNetCore;

/// <summary>
/// The HTTP API through a real ASP.NET Core pipeline: each endpoint's answer against figures worked out by hand from the
/// specification, its headers, its problems with paths and codes, its limits, and every document against its
/// published schema.
/// </summary>
public sealed class HttpApiTest
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");
    private static readonly string Claims = File.ReadAllText(Path.Combine(Examples, "claims.json"));

    [Fact]
    public async Task Assess_DecidesEveryProgrammeFromJsonAlone_WithTheFiguresOfTheSpecification()
    {
        await using var host = await ApiHost.Start();
        using var response = await host.Client.PostAsync("/api/assess?date=2026-03-01", Json(Claims));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        StandardValidatorTest.AssertValid(EntitlementsJson.Schema, body);

        var document = JsonNode.Parse(body)!;
        var decisions = document["decisions"]!.AsArray();
        // DB-02: 950 × 3 counted members less 18,000 / 12 of wages = 1,350.00 a month.
        Assert.Equal("1350.00", Decision(decisions, "dibao")["amount"]!.GetValue<string>());
        // MA-01..03: (52,000 − 2,000 excluded − 30,000 basic − 5,000 critical-illness) × 70 % = 10,500.00, under the cap.
        Assert.Equal("10500.00", Decision(decisions, "medicalAssistance")["amount"]!.GetValue<string>());
        // EX-01: a dibao household is not an expenditure-hardship household.
        Assert.False(Decision(decisions, "expenditureHardship")["qualifies"]!.GetValue<bool>());
        Assert.Contains("DB-02", Decision(decisions, "dibao")["citedRules"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("en", document["language"]!.GetValue<string>());

        var policy = PolicySets.ZhifuPilot;
        Assert.Equal(policy.Id, Header(response, "DomainKit-Policy"));
        Assert.Equal(policy.Version, Header(response, "DomainKit-Policy-Version"));
        Assert.Equal(policy.ContentHash, Header(response, "DomainKit-Policy-Hash"));
        Assert.Equal(policy.ContentHash, document["policyContentHash"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+\.\d+", Header(response, "DomainKit-Version"));
    }

    [Fact]
    public async Task Assess_SpeaksChinese_WhenTheClientPrefersIt()
    {
        await using var host = await ApiHost.Start();
        using var response = await PostClaims(host, "/api/assess?date=2026-03-01", "en;q=0.5, zh-CN");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("zh-CN", document["language"]!.GetValue<string>());
        Assert.Equal("zh-CN", Header(response, "Content-Language"));
        var summary = Decision(document["decisions"]!.AsArray(), "dibao")["summary"]!.GetValue<string>();
        Assert.Contains("最低生活保障", summary, StringComparison.Ordinal);
        Assert.Contains("1350.00", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideProgramme_GivesThatProgrammesDecisionsOnly_AndAnUnknownProgrammeIsNotFound()
    {
        await using var host = await ApiHost.Start();
        using var medical = await host.Client.PostAsync("/api/programmes/medicalAssistance/decide?date=2026-03-01", Json(Claims));
        var body = await medical.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, medical.StatusCode);
        StandardValidatorTest.AssertValid(EntitlementsJson.Schema, body);
        var decisions = JsonNode.Parse(body)!["decisions"]!.AsArray();
        var only = Assert.Single(decisions)!;
        Assert.Equal("medicalAssistance", only["programme"]!.GetValue<string>());
        Assert.Equal("10500.00", only["amount"]!.GetValue<string>());
        Assert.Equal(0, only["bill"]!.GetValue<int>());

        using var unknown = await host.Client.PostAsync("/api/programmes/lottery/decide", Json(Claims));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
        Assert.Contains(("programme", ApiErrorCodes.NotFound), await Problems(unknown));
    }

    [Fact]
    public async Task ABadField_IsAProblemNamingItsPathAndCode_WithoutEchoingTheValue()
    {
        await using var host = await ApiHost.Start();
        var bad = Claims.Replace("\"1978-04-12\"", "\"1978-02-30\"", StringComparison.Ordinal).Replace("\"15000.00\" }", "\"15000.005\" }", StringComparison.Ordinal);
        using var response = await host.Client.PostAsync("/api/assess?date=2026-03-01", Json(bad));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("/api/assess", problem["instance"]!.GetValue<string>());
        var errors = await Problems(response, text);
        Assert.Contains(("household.members[0].birthDate", DomainKit.Validation.ErrorCodes.DateInvalid), errors);
        Assert.DoesNotContain("1978-02-30", text, StringComparison.Ordinal);
        Assert.DoesNotContain("15000.005", text, StringComparison.Ordinal);
        Assert.Equal(PolicySets.ZhifuPilot.Id, Header(response, "DomainKit-Policy"));

        using var badDate = await host.Client.PostAsync("/api/assess?date=2026-13-01", Json(Claims));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains(("date", DomainKit.Validation.ErrorCodes.DateInvalid), await Problems(badDate));

        using var badPolicy = await host.Client.PostAsync("/api/assess?policy=nowhere", Json(Claims));
        Assert.Equal(HttpStatusCode.NotFound, badPolicy.StatusCode);
        Assert.Contains(("policy", DomainKit.Validation.ErrorCodes.PolicyUnknown), await Problems(badPolicy));

        // A parameter given twice means whatever its reader takes; it is refused, naming the parameter only.
        using var twice = await host.Client.PostAsync("/api/assess?date=2026-03-01&policy=zhifu-pilot&date=2026-04-01", Json(Claims));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal([("date", ApiErrorCodes.QueryRepeated)], await Problems(twice));

        using var empty = await host.Client.PostAsync("/api/assess", Json(string.Empty));
        Assert.Contains(("", ApiErrorCodes.BodyEmpty), await Problems(empty));

        using var notJson = await host.Client.PostAsync("/api/assess", Json("{\"schema\": "));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains(DomainKit.Validation.ErrorCodes.JsonMalformed, (await Problems(notJson)).Select(e => e.Code));
    }

    [Fact]
    public async Task ProblemMessages_AreInTheClientsLanguage()
    {
        await using var host = await ApiHost.Start();
        using var response = await PostClaims(host, "/api/assess?date=2026-02-30", "zh-CN");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("请求内容有误", problem["title"]!.GetValue<string>());
        Assert.Contains("日期", problem["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // The service's own problems too: an unknown policy set is named in Chinese, with the sets it does have.
        using var refused = await PostClaims(host, "/api/assess?policy=nowhere", "zh-CN");
        var message = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Equal("没有该标识的政策集；已有：national-baseline, shaanxi-2016, zhifu-pilot。", message);
    }

    [Fact]
    public async Task ABodyOverTheLimit_IsRefusedWith413_BeforeItIsRead()
    {
        await using var host = await ApiHost.Start(limits => limits.MaxDocumentBytes = 512);
        using var response = await host.Client.PostAsync("/api/assess?date=2026-03-01", Json(Claims));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(("", ApiErrorCodes.BodyTooLarge), await Problems(response));

        // Without a declared length the body is counted as it arrives.
        using var streamed = new HttpRequestMessage(HttpMethod.Post, "/api/assess") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Claims))) };
        streamed.Headers.TransferEncodingChunked = true;
        using var counted = await host.Client.SendAsync(streamed);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, counted.StatusCode);
    }

    [Fact]
    public async Task ARequestPastItsTimeLimit_IsStoppedWith503()
    {
        await using var host = await ApiHost.Start(limits => limits.RequestTimeout = TimeSpan.FromMilliseconds(200));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assess") { Content = new SlowContent(Encoding.UTF8.GetBytes(Claims), TimeSpan.FromSeconds(5)) };
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(("", ApiErrorCodes.Timeout), await Problems(response));
    }

    [Fact]
    public async Task Policies_AreListedWithTheirHashes_AndShownAsPolicyFiles()
    {
        await using var host = await ApiHost.Start();
        using var response = await host.Client.GetAsync("/api/policies");
        var body = await response.Content.ReadAsStringAsync();
        StandardValidatorTest.AssertValid(PolicyListJson.Schema, body);
        var listed = JsonNode.Parse(body)!["policies"]!.AsArray().ToDictionary(p => p!["id"]!.GetValue<string>(), p => p!["contentHash"]!.GetValue<string>());
        foreach (var id in PolicySets.BundledIds)
        {
            Assert.Equal(PolicySets.Bundled(id).Value.ContentHash, listed[id]);
        }

        using var shown = await host.Client.GetAsync("/api/policies/" + PolicySets.NationalBaselineId);
        var file = await shown.Content.ReadAsStringAsync();
        Assert.Equal(PolicySetJson.Write(PolicySets.NationalBaseline), file);
        Assert.Equal(PolicySets.NationalBaseline.ContentHash, Header(shown, "DomainKit-Policy-Hash"));

        using var missing = await host.Client.GetAsync("/api/policies/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Parameters_GiveTheValueInEffectOnTheDate_WithItsProvenance()
    {
        await using var host = await ApiHost.Start();
        var policy = PolicySets.ZhifuPilot;
        var timeline = policy.Timelines.Single(t => t.Parameter.Id == "dibaoStandardMonthly");
        var dates = timeline.EffectiveDates;

        using var response = await host.Client.GetAsync($"/api/policies/{policy.Id}/parameters?date=2026-03-01");
        var body = await response.Content.ReadAsStringAsync();
        StandardValidatorTest.AssertValid(PolicyParametersJson.Schema, body);
        var parameters = JsonNode.Parse(body)!["parameters"]!.AsArray();
        Assert.Equal(policy.Timelines.Count(), parameters.Count);
        var standard = parameters.Single(p => p!["id"]!.GetValue<string>() == "dibaoStandardMonthly")!;
        Assert.Equal("DB-01", standard["rule"]!.GetValue<string>());
        var value = Assert.Single(standard["values"]!.AsArray())!;
        var inEffect = dates.Last(d => d <= new NodaTime.LocalDate(2026, 3, 1));
        Assert.Equal(DomainKit.Dates.Format(inEffect), value["from"]!.GetValue<string>());
        Assert.Equal(policy.ValueAt(DibaoParameters.StandardMonthly, new NodaTime.LocalDate(2026, 3, 1)).Value.Value.Yuan, value["value"]!.GetValue<decimal>());
        Assert.True(value["inEffect"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(value["citation"]!.GetValue<string>()));

        using var history = await host.Client.GetAsync($"/api/policies/{policy.Id}/parameters/dibaoStandardMonthly?date=2026-03-01");
        var historyBody = await history.Content.ReadAsStringAsync();
        StandardValidatorTest.AssertValid(PolicyParametersJson.Schema, historyBody);
        var values = Assert.Single(JsonNode.Parse(historyBody)!["parameters"]!.AsArray())!["values"]!.AsArray();
        Assert.Equal(dates.Select(DomainKit.Dates.Format), values.Select(v => v!["from"]!.GetValue<string>()));
        Assert.Equal(1, values.Count(v => v!["inEffect"]!.GetValue<bool>()));

        using var unknown = await host.Client.GetAsync($"/api/policies/{policy.Id}/parameters/noSuchThing");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains(("parameter", ApiErrorCodes.NotFound), await Problems(unknown));
    }

    [Fact]
    public async Task Rules_AreTheCatalogueWithTheirSources()
    {
        await using var host = await ApiHost.Start();
        using var response = await host.Client.GetAsync("/api/rules");
        var rules = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["rules"]!.AsArray();
        var dibao = rules.Single(r => r!["id"]!.GetValue<string>() == "DB-01")!;
        Assert.False(string.IsNullOrWhiteSpace(dibao["source"]!.GetValue<string>()));
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "docs", "rules", "catalogue.json")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Compare_StreamsACaseloadThroughAReform_WithHandWorkedFigures()
    {
        await using var host = await ApiHost.Start();
        var household = JsonNode.Parse(Claims)!["household"]!.ToJsonString();
        var rich = household.Replace("\"18000.00\"", "\"900000.00\"", StringComparison.Ordinal);
        var caseload = household + "\n\n" + rich + "\n";
        using var response = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00", new StringContent(caseload, Encoding.UTF8, "application/x-ndjson"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        StandardValidatorTest.AssertValid(ReformReportJson.Schema, body);
        var report = JsonNode.Parse(body)!;
        Assert.Equal(2, report["households"]!.GetValue<long>());
        Assert.Equal(1, report["winners"]!.GetValue<long>());
        Assert.Equal(0, report["losers"]!.GetValue<long>());
        var dibao = report["programmes"]!.AsArray().Single(p => p!["programme"]!.GetValue<string>() == "dibao")!;
        // DB-02 before: 950 × 3 − 1,500 = 1,350; after: 1,000 × 3 − 1,500 = 1,500 a month; the rich household stays out.
        Assert.Equal(1, dibao["eligibleBefore"]!.GetValue<long>());
        Assert.Equal("1350.00", dibao["amountBefore"]!.GetValue<string>());
        Assert.Equal("1500.00", dibao["amountAfter"]!.GetValue<string>());
        Assert.Equal("150.00", dibao["change"]!.GetValue<string>());
        Assert.Equal("perMonth", dibao["amountBasis"]!.GetValue<string>());
        Assert.True(report["reform"]!["modified"]!.GetValue<bool>());
        Assert.NotEqual(report["baseline"]!["contentHash"]!.GetValue<string>(), report["reform"]!["contentHash"]!.GetValue<string>());

        using var bad = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00", new StringContent(household + "\n{\"schema\":1}\n" + household.Replace("\"1978-04-12\"", "\"1978-02-30\"", StringComparison.Ordinal), Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await Problems(bad);
        Assert.Contains(problems, p => p.Path.StartsWith("lines[1]", StringComparison.Ordinal));
        Assert.Contains(("lines[2].members[0].birthDate", DomainKit.Validation.ErrorCodes.DateInvalid), problems);

        // set is a list: giving it twice is no repeat.
        using var twoSets = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00&set=assessmentWindowMonths=12", new StringContent(household, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.OK, twoSets.StatusCode);

        using var noReform = await host.Client.PostAsync("/api/compare?date=2026-03-01", new StringContent(household, Encoding.UTF8, "application/x-ndjson"));
        Assert.Contains(("reform", DomainKit.Validation.ErrorCodes.Required), await Problems(noReform));

        using var badSet = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=noSuchParameter=1", new StringContent(household, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.BadRequest, badSet.StatusCode);
        Assert.Contains("set[0]", (await Problems(badSet)).Select(p => p.Path));
    }

    /// <summary>
    /// Take-up rates scale the estimates and are stated in the answer: the family of three gets 1,350 a month before
    /// and 1,500 after (DB-02), so at 80 % take-up the estimated dibao is 1,080 and 1,200; the counts stay entitlements.
    /// </summary>
    [Fact]
    public async Task Compare_WithTakeUp_EstimatesWhatIsTakenUp()
    {
        await using var host = await ApiHost.Start();
        var household = JsonNode.Parse(Claims)!["household"]!.ToJsonString();
        using var response = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00&takeUp=dibao=80&takeUp=medicalAssistance=50.5", new StringContent(household + "\n", Encoding.UTF8, "application/x-ndjson"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        StandardValidatorTest.AssertValid(ReformReportJson.Schema, body);
        var programmes = JsonNode.Parse(body)!["programmes"]!.AsArray();
        var dibao = programmes.Single(p => p!["programme"]!.GetValue<string>() == "dibao")!;
        Assert.Equal(0.8m, dibao["takeUp"]!.GetValue<decimal>());
        Assert.Equal(1_080m, dibao["estimatedAmountBefore"]!.GetValue<decimal>());
        Assert.Equal(1_200m, dibao["estimatedAmountAfter"]!.GetValue<decimal>());
        Assert.Equal(1, dibao["eligibleBefore"]!.GetValue<long>());
        Assert.Equal(0.505m, programmes.Single(p => p!["programme"]!.GetValue<string>() == "medicalAssistance")!["takeUp"]!.GetValue<decimal>());
        Assert.Equal(1m, programmes.Single(p => p!["programme"]!.GetValue<string>() == "temporaryAssistance")!["takeUp"]!.GetValue<decimal>());

        foreach (var bad in new[] { "dibao=101", "dibao", "noSuchProgramme=50", "dibao=-1", "dibao=1e2" })
        {
            using var refused = await host.Client.PostAsync($"/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00&takeUp=margin=90&takeUp={bad}", new StringContent(household, Encoding.UTF8, "application/x-ndjson"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal([("takeUp[1]", DomainKit.Validation.ErrorCodes.OutOfRange)], await Problems(refused));
        }
    }

    /// <summary>
    /// A survey household (weight 2.5, division 370602) and a plain household document in one caseload: worked by hand
    /// from the take-up case above, dibao's weighted amount before is 1,350 × 2.5 + 1,350 = 4,725 over 3.5 households,
    /// and the division holds the 2.5 households of the one line that names it. A forged weight is refused at its line.
    /// </summary>
    [Fact]
    public async Task Compare_TakesSurveyHouseholds_WithTheirWeightsAndRegions()
    {
        await using var host = await ApiHost.Start();
        var household = JsonNode.Parse(Claims)!["household"]!;
        var survey = new JsonObject { ["schema"] = SurveyHouseholdJson.Schema, ["weight"] = "2.5", ["region"] = "370602", ["household"] = household.DeepClone() };
        var caseload = survey.ToJsonString() + "\n" + household.ToJsonString() + "\n";
        using var response = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00", new StringContent(caseload, Encoding.UTF8, "application/x-ndjson"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        StandardValidatorTest.AssertValid(ReformReportJson.Schema, body);
        var report = JsonNode.Parse(body)!;
        var dibao = report["programmes"]!.AsArray().Single(p => p!["programme"]!.GetValue<string>() == "dibao")!;
        Assert.Equal(2, dibao["eligibleBefore"]!.GetValue<long>());
        Assert.Equal(3.5m, dibao["weightedEligibleBefore"]!.GetValue<decimal>());
        Assert.Equal(4_725m, dibao["weightedAmountBefore"]!.GetValue<decimal>());
        Assert.Equal(3.5m, report["population"]!["households"]!.GetValue<decimal>());
        var region = Assert.Single(report["regions"]!.AsArray())!;
        Assert.Equal("370602", region["region"]!.GetValue<string>());
        Assert.Equal(2.5m, region["change"]!["households"]!.GetValue<decimal>());

        survey["weight"] = "0";
        using var refused = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00", new StringContent(household.ToJsonString() + "\n" + survey.ToJsonString() + "\n", Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([("lines[1].weight", DomainKit.Validation.ErrorCodes.OutOfRange)], await Problems(refused));
    }

    [Fact]
    public async Task Compare_RefusesACaseloadOverItsLimit()
    {
        await using var host = await ApiHost.Start(limits => limits.MaxCaseloadBytes = 4_000);
        var household = JsonNode.Parse(Claims)!["household"]!.ToJsonString();
        var caseload = string.Concat(Enumerable.Repeat(household + "\n", 20));
        using var response = await host.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00", new StringContent(caseload, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Compare_UnderAPolicyItCannotUse_AnswersAtOnce_EvenForACaseloadLargerThanItsQueue()
    {
        // A set with no parameter at all: the comparison refuses it before reading a household, and the reading of
        // a caseload far longer than the queue stops there instead of waiting on the full queue until the time limit.
        var file = Path.Combine(Path.GetTempPath(), $"sparse-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "{\"schema\": \"domainkit/policy-set@1\", \"id\": \"sparse\", \"name\": \"Sparse\", \"version\": \"1\", \"parameters\": {}}");
        await using var host = await ApiHost.Start(
            limits => limits.RequestTimeout = TimeSpan.FromMinutes(2),
            services: builder => builder.Services.Configure<DomainKit.Extensions.DependencyInjection.DomainKitOptions>(o => o.PolicyFiles.Add(file)));
        var household = JsonNode.Parse(Claims)!["household"]!.ToJsonString();
        var caseload = string.Concat(Enumerable.Repeat(household + "\n", 20_000));
        // Were the reading to wait, the client would give up after its 30 s, long before the 2-minute limit's 503.
        using var response = await host.Client.PostAsync("/api/compare?date=2026-03-01&base=sparse&set=dibaoStandardMonthly=1000.00", new StringContent(caseload, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await Problems(response), p => p.Code == DomainKit.Validation.ErrorCodes.ParameterMissing);
    }

    [Fact]
    public async Task ContractDocuments_BindInTheApplicationsOwnEndpoints_AndMapToTheDomain()
    {
        await using var host = await ApiHost.Start(more: app => app.MapPost("/mine", (HouseholdClaimsDocument claims) =>
        {
            var mapped = claims.ToClaims();
            return mapped.IsSuccess ? Results.Ok(mapped.Value.Bills.Length) : Results.BadRequest();
        }));
        using var response = await host.Client.PostAsync("/mine", Json(Claims));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", await response.Content.ReadAsStringAsync());

        // Binding is as strict as the readers and the schemas, whatever the application's own JSON options allow:
        // no unknown property, no number written as a string, no property given twice.
        var claims = JsonNode.Parse(Claims)!.AsObject();
        var unknown = claims.DeepClone().AsObject();
        unknown["approved"] = true;
        var numberAsText = claims.DeepClone().AsObject();
        numberAsText["household"]!["assets"]!["homesOwned"] = "1";
        var twice = claims.ToJsonString()[..^1] + ", \"bills\": []}";
        var nullHousehold = claims.DeepClone().AsObject();
        nullHousehold["household"] = null;
        var nullMembers = claims.DeepClone().AsObject();
        nullMembers["household"]!["members"] = null;
        var nullMember = claims.DeepClone().AsObject();
        nullMember["household"]!["members"]![0] = null;
        foreach (var body in new[] { unknown.ToJsonString(), numberAsText.ToJsonString(), twice, nullHousehold.ToJsonString(), nullMembers.ToJsonString(), nullMember.ToJsonString() })
        {
            using var refused = await host.Client.PostAsync("/mine", Json(body));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> PostClaims(ApiHost host, string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(Claims) };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await host.Client.SendAsync(request);
    }

    private static JsonNode Decision(JsonArray decisions, string programme) =>
        decisions.First(d => d!["programme"]!.GetValue<string>() == programme)!;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? values.Single() : throw new Xunit.Sdk.XunitException($"No {name} header.");

    private static async Task<List<(string Path, string Code)>> Problems(HttpResponseMessage response, string? text = null)
    {
        text ??= await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. JsonNode.Parse(text)!["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["code"]!.GetValue<string>()))];
    }

    /// <summary>A body that sends its first byte, then waits before the rest, as a slow or stalled client does.</summary>
    private sealed class SlowContent(byte[] bytes, TimeSpan pause) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            await Task.Delay(pause);
            await stream.WriteAsync(bytes.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
