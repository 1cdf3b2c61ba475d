using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.AspNetCore;

/// <summary>
/// The sample claims with any one value replaced by something hostile, or cut short, or with a byte changed, sent to
/// the assessment and the comparison: the answer is never a server error, a refusal is always a problem document with
/// a path and a code for each problem, an acceptance always validates against its schema, and a refused value (here a
/// name and an identity number) is never repeated back.
/// </summary>
public sealed class ApiHostileInputTest : IClassFixture<ApiHostileInputTest.Host>
{
    // Personal data an attacker or a careless client might put anywhere; no answer may repeat it.
    private const string Personal = "张三110101199003077777";

    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");

    private static readonly string Claims = File.ReadAllText(Path.Combine(Examples, "claims.json"));

    private static readonly string Opening = File.ReadAllText(Path.Combine(Examples, "cases", "open.json"));

    private static readonly string Acceptance = File.ReadAllText(Path.Combine(Examples, "cases", "accept.json"));

    private static readonly string[] Hostile =
    [
        $"\"{Personal}\"", "null", "true", "0", "-1", "1e308", "-1e308", "79228162514264337593543950336", "1.005", "\"1.005\"",
        "\"-0.01\"", "\"99999999999999.99\"", "\"\"", "\"2026-02-30\"", "\"0000-01-01\"", "[]", "{}", $"{{\"{Personal}\": 1}}",
        new string('[', 300) + new string(']', 300), "\"" + new string('9', 5000) + "\"", "\"\\u0000\"", "[null]", $"[\"{Personal}\"]",
    ];

    private readonly Host host;

    public ApiHostileInputTest(Host host) => this.host = host;

    private static Gen<string> Mutations(string source)
    {
        var leaves = Leaves(JsonNode.Parse(source)!, []).ToArray();
        var replaced =
            from leaf in Gen.Elements<string[]>([.. leaves])
            from value in Gen.Elements(Hostile)
            select Replace(source, leaf, value);
        var bytes = Encoding.UTF8.GetBytes(source);
        var cut = Gen.Choose(0, bytes.Length - 1).Select(n => Encoding.UTF8.GetString(bytes, 0, n));
        var flipped =
            from at in Gen.Choose(0, bytes.Length - 1)
            from b in Gen.Elements<byte>((byte)'"', (byte)'{', (byte)'}', (byte)',', (byte)':', (byte)'9', (byte)'-', 0xFF, 0x00, (byte)'\\')
            select Flip(bytes, at, b);
        return Gen.Frequency((6, replaced), (1, cut), (2, flipped));
    }

    [Property(MaxTest = 250)]
    public Property Assess_AnyHostileBody_IsAnsweredWithoutAServerErrorOrAnEcho() =>
        Prop.ForAll(Mutations(Claims).ToArbitrary(), body => Check(host.Api.Client.PostAsync("/api/assess?date=2026-03-01", new StringContent(body, Encoding.UTF8, "application/json")).GetAwaiter().GetResult(), EntitlementsJson.Schema));

    [Property(MaxTest = 100)]
    public Property Compare_AnyHostileLine_IsAnsweredWithoutAServerErrorOrAnEcho() =>
        Prop.ForAll(Mutations(Claims).ToArbitrary(), body =>
        {
            // The household of the claims, on one line, after a good line: the bad line is the second.
            var good = JsonNode.Parse(Claims)!["household"]!.ToJsonString();
            var line = JsonNode.Parse(body.Length > 0 && IsJson(body) ? body : "{}") is JsonObject { } parsed && parsed["household"] is { } household
                ? household.ToJsonString()
                : body.Replace("\n", " ", StringComparison.Ordinal);
            var caseload = good + "\n" + line + "\n";
            Check(host.Api.Client.PostAsync("/api/compare?date=2026-03-01&set=dibaoStandardMonthly=1000.00", new StringContent(caseload, Encoding.UTF8, "application/x-ndjson")).GetAwaiter().GetResult(), ReformReportJson.Schema);
        });

    [Property(MaxTest = 150)]
    public Property Cases_AnyHostileCommand_IsAnsweredWithoutAServerErrorOrAnEcho() =>
        Prop.ForAll(Mutations(Opening).ToArbitrary(), Mutations(Acceptance).ToArbitrary(), (opening, acceptance) =>
        {
            // A command the case takes is answered with the events it appended, holding what it was sent (the applicant
            // of an opening, a staff ID): that is the caller's own record. Whatever is refused is never repeated.
            Check(host.Api.Client.PostAsync("/api/cases", new StringContent(opening, Encoding.UTF8, "application/json")).GetAwaiter().GetResult(), CaseCommandJson.UpdateSchema, HttpStatusCode.Created, acceptanceEchoes: true);
            Check(host.Api.Client.PostAsync("/api/cases/case-7/commands", new StringContent(acceptance, Encoding.UTF8, "application/json")).GetAwaiter().GetResult(), CaseCommandJson.UpdateSchema, acceptanceEchoes: true);
        });

    private static void Check(HttpResponseMessage response, string schema, HttpStatusCode accepted = HttpStatusCode.OK, bool acceptanceEchoes = false)
    {
        using (response)
        {
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (response.StatusCode != accepted || !acceptanceEchoes)
            {
                Assert.DoesNotContain(Personal, text, StringComparison.Ordinal);
                Assert.DoesNotContain("110101199003077777", text, StringComparison.Ordinal);
            }

            if (response.StatusCode == accepted)
            {
                StandardValidatorTest.AssertValid(schema, text);
                return;
            }

            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge });
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = JsonNode.Parse(text)!["errors"]!.AsArray();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e!["code"]!.GetValue<string>())));
            Assert.All(errors, e => Assert.NotNull(e!["path"]));
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            JsonNode.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string[]> Leaves(JsonNode node, string[] path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value!, [.. path, p.Key])).Prepend(path),
        JsonArray array => array.SelectMany((item, i) => Leaves(item!, [.. path, i.ToString(System.Globalization.CultureInfo.InvariantCulture)])).Prepend(path),
        _ => [path],
    };

    private static string Replace(string source, string[] path, string value)
    {
        var root = JsonNode.Parse(source)!;
        if (path.Length == 0)
        {
            return value;
        }

        var parent = path[..^1].Aggregate(root, (node, step) => node is JsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!);
        const string Hole = "\"__hole__\"";
        if (parent is JsonArray list)
        {
            list[int.Parse(path[^1], System.Globalization.CultureInfo.InvariantCulture)] = "__hole__";
        }
        else
        {
            parent[path[^1]] = "__hole__";
        }

        return root.ToJsonString().Replace(Hole, value, StringComparison.Ordinal);
    }

    private static string Flip(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return Encoding.UTF8.GetString(copy);
    }

    /// <summary>One API for every case of the class, as a long-running service meets them one after another.</summary>
    public sealed class Host : IAsyncLifetime
    {
        internal ApiHost Api { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Api = await ApiHost.Start();

            // The case the hostile commands are sent to.
            using var opened = await Api.Client.PostAsync("/api/cases", new StringContent(Opening, Encoding.UTF8, "application/json"));
            opened.EnsureSuccessStatusCode();
        }

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }
}
