using System.Globalization;
using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Tests.Assistance;
using NodaTime;
using NodaTime.Text;
using static DomainKit.Tests.Outputs.JsonTree;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Histories with one event broken, compared with their reviewed output. The histories are the documented example
/// and the state-machine test's sample cases, which between them hold every kind of event. For the first
/// event of each kind (and each payment basis), each field in turn is removed, made null, given the wrong type,
/// and set to values at and just beyond its limits and the case's own figures; the history up to that event is
/// then read and replayed. The file gives each change and what it led to: every error's path, code and message,
/// or what the accepted event changed on the case compared with the event as recorded.
/// </summary>
public class CaseEventsOutputsTest
{
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    // The documented history, read once for both the broken events and the broken documents.
    private static readonly string Example = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "case-history.json"));

    // Every kind of event, a payment once for each basis: once all are tried, the remaining histories add nothing.
    private static readonly int Kinds = typeof(CaseEvent).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(CaseEvent)) && !t.IsAbstract)
        - 1 + Enum.GetValues<PaymentBasis>().Length;

    [Fact]
    public void HistoriesWithOneEventBroken_AreReadAsApproved()
    {
        var output = new OutputWriter();
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var history in Histories().TakeWhile(_ => tried.Count < Kinds))
        {
            var events = JsonNode.Parse(history)!["events"]!.AsArray();
            var zone = DateTimeZoneProviders.Tzdb[(string)events[0]!["timeZoneId"]!];
            for (var index = 0; index < events.Count; index++)
            {
                var recorded = events[index]!.AsObject();
                var kind = Kind(recorded);
                if (!tried.Add(kind))
                {
                    continue;
                }

                var before = Replay(events, index, recorded);
                Assert.True(before.IsSuccess, $"{kind}: the recorded history replays");
                output.Case($"{kind}, event {index + 1} of its history");
                foreach (var (change, broken) in Changes(recorded, DateOf(recorded, zone)))
                {
                    Write(output, change, before.Value, Replay(events, index, broken));
                    EqualityFollowsTheJson(recorded, broken);
                }
            }
        }

        Assert.Equal(Kinds, tried.Count);
        Documents(output);
        ApprovedText.Verify("case-events", output.ToString());
    }

    /// <summary>Histories broken as a whole rather than in one event.</summary>
    private static void Documents(OutputWriter output)
    {
        output.Case("history documents");
        var example = JsonNode.Parse(Example)!.AsObject();
        var documents = new (string Name, JsonNode? Document)[]
        {
            ("as recorded", example),
            ("another schema", With(example, "schema", JsonValue.Create("domainkit/case-history@2"))),
            ("the schema removed", With(example, "schema", null, remove: true)),
            ("the schema a number", With(example, "schema", JsonValue.Create(1))),
            ("the events removed", With(example, "events", null, remove: true)),
            ("no events", With(example, "events", new JsonArray())),
            ("the events an object", With(example, "events", new JsonObject())),
            ("an unknown field", With(example, "unexpected", JsonValue.Create(true))),
            ("an event null", With(example, "events", new JsonArray(Event(example, 0, 1), null))),
            ("opened twice", With(example, "events", new JsonArray(Event(example, 0, 1), Event(example, 0, 2)))),
            ("beginning with another event", With(example, "events", new JsonArray(Event(example, 1, 1)))),
            ("an array", new JsonArray()),
            ("a string", JsonValue.Create("history")),
        };
        foreach (var (name, document) in documents)
        {
            var result = CaseEventJson.ParseHistory(document?.ToJsonString() ?? "null");
            output.Line(result.IsSuccess
                ? $"{name}: accepted, {result.Value.Version} events, {result.Value.Stage}"
                : $"{name}: {result.Status}: {string.Join("; ", result.ValidationErrors.Select(e => $"{e.Identifier} | {e.ErrorCode} | {e.ErrorMessage}"))}");
        }
    }

    /// <summary>A copy of an event of the document, renumbered.</summary>
    private static JsonObject Event(JsonObject document, int index, int sequence)
    {
        var copy = (JsonObject)document["events"]![index]!.DeepClone();
        copy["sequence"] = sequence;
        return copy;
    }

    /// <summary>The documented example first, since its applicant has every optional field, then the sample cases.</summary>
    private static IEnumerable<string> Histories()
    {
        yield return Example;
        foreach (var assistanceCase in CaseStateMachineTest.SampleCases())
        {
            yield return CaseEventJson.WriteHistory(assistanceCase.Events);
        }
    }

    // A payment is checked by its basis, so each basis counts as a kind of its own.
    private static string Kind(JsonObject e) =>
        e["basis"] is { } basis ? $"{(string)e["type"]!} ({(string)basis!})" : (string)e["type"]!;

    private static LocalDate DateOf(JsonObject e, DateTimeZone zone) =>
        InstantText.Parse((string)e["at"]!).Value.InZone(zone).Date;

    private static Ardalis.Result.Result<AssistanceCase> Replay(JsonArray events, int index, JsonObject last)
    {
        var history = new JsonArray([.. events.Take(index).Select(e => e!.DeepClone()), last.DeepClone()]);
        return CaseEventJson.ParseHistory(new JsonObject { ["schema"] = CaseEventJson.Schema, ["events"] = history }.ToJsonString());
    }

    private static void Write(OutputWriter output, string change, AssistanceCase recorded, Ardalis.Result.Result<AssistanceCase> result)
    {
        if (!result.IsSuccess)
        {
            var errors = result.ValidationErrors.Select(e => $"{e.Identifier} | {e.ErrorCode} | {e.ErrorMessage}");
            output.Line($"{change}: {result.Status}: {string.Join("; ", errors.Concat(result.Errors))}");
            return;
        }

        var differences = CaseOutputsTest.Differences(recorded, result.Value).ToList();
        output.Line($"{change}: accepted{(differences.Count == 0 ? ", the case as recorded" : "; " + string.Join("; ", differences))}");
    }

    /// <summary>An event read from a changed document equals the recorded one exactly when it writes the same JSON.</summary>
    private static void EqualityFollowsTheJson(JsonObject recorded, JsonObject broken)
    {
        var a = CaseEventJson.Parse(recorded.ToJsonString()).Value;
        var b = CaseEventJson.Parse(broken.ToJsonString());
        if (!b.IsSuccess)
        {
            return;
        }

        var same = CaseEventJson.Write(a) == CaseEventJson.Write(b.Value);
        Assert.True(same == a.Equals(b.Value), $"{recorded} and {broken}");
        Assert.True(same == b.Value.Equals(a), $"{broken} and {recorded}");
        Assert.True(!same || a.GetHashCode() == b.Value.GetHashCode(), $"{recorded} and {broken}: hash");
    }

    /// <summary>Each change to the event: to the event as a whole, then to each field, nested ones included.</summary>
    private static IEnumerable<(string Change, JsonObject Event)> Changes(JsonObject recorded, LocalDate date)
    {
        var extra = (JsonObject)recorded.DeepClone();
        extra["unexpected"] = 1;
        yield return ("an unknown field", extra);
        foreach (var (path, value) in Leaves(recorded))
        {
            if (path == "type")
            {
                foreach (var token in new[] { "caseOpened", "unknownEvent" })
                {
                    yield return ($"type = {token}", With(recorded, path, JsonValue.Create(token)));
                }

                continue;
            }

            yield return ($"{path} removed", With(recorded, path, null, remove: true));
            yield return ($"{path} = null", With(recorded, path, null));
            foreach (var (label, replacement) in Replacements(recorded, path, value, date))
            {
                yield return ($"{path} = {label}", With(recorded, path, replacement));
            }
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value)> Replacements(JsonObject recorded, string path, JsonNode? value, LocalDate date)
    {
        if (value is JsonObject or JsonArray)
        {
            foreach (var change in ShapeChanges(value))
            {
                yield return change;
            }

            yield break;
        }

        var element = value!.GetValue<System.Text.Json.JsonElement>();
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                yield return ($"{!element.GetBoolean()}".ToLowerInvariant(), JsonValue.Create(!element.GetBoolean()));
                yield return ("\"true\"", JsonValue.Create("true"));
                yield break;
            case System.Text.Json.JsonValueKind.Number:
                foreach (var number in Numbers(path, element.GetDecimal()))
                {
                    yield return (number.ToString(CultureInfo.InvariantCulture), JsonValue.Create(number));
                }

                yield return ("\"1\"", JsonValue.Create("1"));
                yield break;
        }

        var text = element.GetString()!;
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^[0-9]+\.[0-9]{2}$"))
        {
            // An amount, a decimal string: the same edges as a number had, each written as text, then the other forms.
            var amount = decimal.Parse(text, CultureInfo.InvariantCulture);
            foreach (var number in Numbers(path, amount))
            {
                var written = number.ToString(CultureInfo.InvariantCulture);
                yield return ($"\"{written}\"", JsonValue.Create(written));
            }

            yield return ("the amount as a number", JsonValue.Create(amount));
            yield return ("an exponent", JsonValue.Create("1e2"));
            yield return ("a leading zero", JsonValue.Create("01.00"));
            yield return ("\"\"", JsonValue.Create(string.Empty));
            yield break;
        }

        if (InstantText.Parse(text) is { Success: true } instant)
        {
            foreach (var moved in new[] { instant.Value - Duration.FromSeconds(1), instant.Value + Duration.FromDays(1), Instant.FromUtc(1999, 12, 31, 23, 59, 59), Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2200, 11, 30, 23, 59, 59), Instant.FromUtc(2200, 12, 1, 0, 0) })
            {
                yield return (InstantText.Format(moved), JsonValue.Create(InstantText.Format(moved)));
            }

            yield return ("a date without a time", JsonValue.Create("2026-03-02"));
            yield return ("a time with an offset", JsonValue.Create("2026-03-02T09:00:00+08:00"));
        }
        else if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            foreach (var moved in new[] { date.PlusDays(-1), date, date.PlusDays(1), day.Value.PlusDays(-1), day.Value.PlusDays(1), new LocalDate(1800, 1, 1) })
            {
                yield return (LocalDatePattern.Iso.Format(moved), JsonValue.Create(LocalDatePattern.Iso.Format(moved)));
            }

            yield return ("2026-02-30", JsonValue.Create("2026-02-30"));
        }
        else
        {
            yield return ("\"\"", JsonValue.Create(string.Empty));
            yield return ("spaces", JsonValue.Create("   "));
            yield return ("an unknown word", JsonValue.Create("unknownWord"));
            foreach (var token in Tokens(recorded, path).Where(token => token != text))
            {
                yield return (token, JsonValue.Create(token));
            }

            foreach (var length in new[] { 50, 51, 64, 65, 200, 201, 500, 501 })
            {
                yield return ($"{length} characters", JsonValue.Create(new string('x', length)));
            }
        }

        yield return ("a number", JsonValue.Create(7));
    }

    /// <summary>
    /// The other names a field of named values accepts (a stage, a fund, a need ...), as the reader lists them when it
    /// refuses a name it does not know; none for free text.
    /// </summary>
    private static string[] Tokens(JsonObject recorded, string path)
    {
        var refused = CaseEventJson.Parse(With(recorded, path, JsonValue.Create("unknownWord")).ToJsonString());
        var listed = refused.ValidationErrors
            .Where(e => e.ErrorCode == DomainKit.Validation.ErrorCodes.UnknownName)
            .Select(e => System.Text.RegularExpressions.Regex.Match(e.ErrorMessage, "expected one of: (.+)\\.$"))
            .FirstOrDefault(m => m.Success);
        return listed is null ? [] : listed.Groups[1].Value.Split(", ");
    }

    // Amounts at the fen, the limit of ten billion yuan and just past it; counts at their small edges, at a day's hours
    // and a household's members and just past them, and past Int32.
    private static IEnumerable<decimal> Numbers(string path, decimal recorded) =>
        path.Contains("amount", StringComparison.OrdinalIgnoreCase) || path.Contains("declared", StringComparison.Ordinal) || path.Contains("verified", StringComparison.Ordinal)
            ? new[] { recorded - 0.01m, recorded + 0.01m, 0m, -0.01m, 0.001m, 0.01m, 10_000_000_000m, 10_000_000_000.01m }.Distinct()
            : new[] { recorded - 1, recorded + 1, 0m, -1m, 1m, 2m, 24m, 25m, 64m, 65m, 1.5m, 2_147_483_648m }.Distinct();
}
