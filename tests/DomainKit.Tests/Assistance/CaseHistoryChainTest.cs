using System.Text.Json.Nodes;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The hash chain of a stored case history: editing, removing, inserting, moving or cutting events is found when the
/// history is read back, even when the forged events are consistent with each other and with the rules.
/// </summary>
public sealed class CaseHistoryChainTest
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "case-history.json"));

    private static readonly DomainKit.Assistance.CaseHistoryHash[] Sha256Only = [DomainKit.Assistance.CaseHistoryHash.Sha256];

    [Fact]
    public void AWrittenHistory_ReadsBack_WithItsChainVerified_AndItsHeadIsTheOneToAnchor()
    {
        var read = DomainKit.Assistance.CaseEventJson.ParseHistory(Example, requireChain: true, Sha256Only);
        Assert.True(read.IsSuccess);
        var head = DomainKit.Assistance.CaseHistoryChain.Head(read.Value.Events);
        Assert.Equal(head, JsonNode.Parse(Example)!["head"]!.GetValue<string>());
        Assert.Equal(Example.TrimEnd(), DomainKit.Assistance.CaseEventJson.WriteHistory(read.Value.Events).TrimEnd());
    }

    [Fact]
    public void EventsWrittenOneByOne_WithTheLinkOfEach_AreTheEventsOfTheWrittenHistory()
    {
        // A store writes one row per event: WriteLinked with Link carried from the genesis gives, row by row, the
        // objects of the whole history, and the last link is its head.
        var events = DomainKit.Assistance.CaseEventJson.ParseHistory(Example, requireChain: true, Sha256Only).Value.Events;
        var whole = JsonNode.Parse(DomainKit.Assistance.CaseEventJson.WriteHistory(events))!;
        var link = DomainKit.Assistance.CaseHistoryChain.Genesis;
        for (var i = 0; i < events.Length; i++)
        {
            var row = JsonNode.Parse(DomainKit.Assistance.CaseEventJson.WriteLinked(events[i], link, DomainKit.Assistance.CaseHistoryHash.Sha256))!;
            Assert.True(JsonNode.DeepEquals(whole["events"]![i], row), $"event {i}");
            link = DomainKit.Assistance.CaseHistoryChain.Link(link, events[i]);
        }

        Assert.Equal(whole["head"]!.GetValue<string>(), link);
        Assert.NotEqual(DomainKit.Assistance.CaseHistoryChain.Genesis, link);
    }

    [Fact]
    public void AHistoryOfTheFirstVersion_StillReadsWithItsChain_AndItsAnchoredHeadStillHolds()
    {
        // Written before amounts became decimal strings: its chain was computed over the events as version 1 wrote them.
        var first = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "case-history-1.json"));
        var read = DomainKit.Assistance.CaseEventJson.ParseHistory(first, requireChain: true, Sha256Only);
        Assert.True(read.IsSuccess);
        var anchored = JsonNode.Parse(first)!["head"]!.GetValue<string>();
        Assert.Equal(anchored, DomainKit.Assistance.CaseHistoryChain.HeadFor(DomainKit.Assistance.CaseEventJson.FirstSchema, read.Value.Events));
        Assert.NotEqual(anchored, DomainKit.Assistance.CaseHistoryChain.Head(read.Value.Events));

        // The same case as the second version's example, and written again it is that example.
        Assert.Equal(Example.TrimEnd(), DomainKit.Assistance.CaseEventJson.WriteHistory(read.Value.Events).TrimEnd());

        // An amount edited in a first-version history breaks its chain too.
        var edited = JsonNode.Parse(first)!;
        var payment = edited["events"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "paymentMade")!;
        payment["amount"] = payment["amount"]!.GetValue<decimal>() + 1;
        Assert.Contains(ErrorCodes.CaseHistoryTampered, DomainKit.Assistance.CaseEventJson.ParseHistory(edited.ToJsonString(), requireChain: true, Sha256Only).ValidationErrors.Select(e => e.ErrorCode));

        // A first-version history whose amounts are strings is not what that version wrote.
        var mixed = JsonNode.Parse(first)!;
        var granted = mixed["events"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "paymentMade")!;
        granted["amount"] = granted["amount"]!.GetValue<decimal>().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(ErrorCodes.JsonWrongType, DomainKit.Assistance.CaseEventJson.ParseHistory(mixed.ToJsonString(), requireChain: true, Sha256Only).ValidationErrors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void HeadFor_RefusesAContractThatIsNotAVersionOfTheHistory() =>
        Assert.Throws<ArgumentException>(() => DomainKit.Assistance.CaseHistoryChain.HeadFor("domainkit/case-history@3", []));

    [Property(MaxTest = 100)]
    public Property EditingAnyOneEventsReason_IsFoundAtTheNextLinkOrAtTheHead() =>
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), pick =>
        {
            var history = JsonNode.Parse(Example)!;
            var events = history["events"]!.AsArray();
            var index = pick % events.Count;
            events[index]!["reason"] = "recorded again by someone else";
            var errors = Read(history);
            Assert.Equal(
                [(index == events.Count - 1 ? "head" : $"events[{index + 1}].chain.previous", ErrorCodes.CaseHistoryTampered)],
                errors);
        });

    public static TheoryData<string, string> Tamperings => new()
    {
        { "an amount changed in the middle", "events[4].chain.previous" },
        { "an instant moved within its day", "events[2].chain.previous" },
        { "a staff ID swapped", "events[1].chain.previous" },
        { "an event removed and the rest renumbered", "events[3].chain.previous" },
        { "an event duplicated as a new one", "events[4].chain.previous" },
        { "two events swapped", "events[1].chain.previous" },
        { "the last event cut off", "head" },
        { "the last event edited", "head" },
        { "one event's link removed", "events[5].chain" },
        { "every link removed, a chain required", "events[0].chain" },
        { "the algorithm renamed", "events[0].chain.algorithm" },
        { "a link copied from another event", "events[6].chain.previous" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void TwelveKindsOfTampering_AreEachFound_AtTheirPath(string tampering, string path)
    {
        var history = JsonNode.Parse(Example)!;
        var events = history["events"]!.AsArray();
        switch (tampering)
        {
            case "an amount changed in the middle":
                events[3]!["reason"] = events[3]!["reason"]!.GetValue<string>() + " ";
                break;
            case "an instant moved within its day":
                var at = events[1]!["at"]!.GetValue<string>();
                events[1]!["at"] = at.Replace(":00Z", ":30Z", StringComparison.Ordinal);
                Assert.NotEqual(at, events[1]!["at"]!.GetValue<string>());
                break;
            case "a staff ID swapped":
                events[0]!["staffId"] = "window-8";
                break;
            case "an event removed and the rest renumbered":
                events.RemoveAt(3);
                Renumber(events);
                break;
            case "an event duplicated as a new one":
                events.Insert(4, events[3]!.DeepClone());
                Renumber(events);
                break;
            case "two events swapped":
                (events[1], events[2]) = (events[2]!.DeepClone(), events[1]!.DeepClone());
                Renumber(events);
                break;
            case "the last event cut off":
                events.RemoveAt(events.Count - 1);
                break;
            case "the last event edited":
                events[^1]!["reason"] = "closed without a visit";
                break;
            case "one event's link removed":
                events[5]!.AsObject().Remove("chain");
                break;
            case "every link removed, a chain required":
                foreach (var e in events)
                {
                    e!.AsObject().Remove("chain");
                }

                history.AsObject().Remove("head");
                break;
            case "the algorithm renamed":
                foreach (var e in events)
                {
                    e!["chain"]!["algorithm"] = "md5";
                }

                break;
            case "a link copied from another event":
                events[6]!["chain"]!["previous"] = events[2]!["chain"]!["previous"]!.DeepClone();
                break;
        }

        var errors = Read(history);
        Assert.Contains((path, tampering == "the algorithm renamed" ? ErrorCodes.UnknownName : ErrorCodes.CaseHistoryTampered), errors);
    }

    [Fact]
    public void AWholeChainRewritten_IsFoundOnlyByTheAnchoredHead_AsDocumented()
    {
        var original = DomainKit.Assistance.CaseEventJson.ParseHistory(Example).Value;
        var anchored = DomainKit.Assistance.CaseHistoryChain.Head(original.Events);
        var forged = original.Events.Select((e, i) => i == 2 ? e with { Reason = "forged" } : e).ToList();
        var rewritten = DomainKit.Assistance.CaseEventJson.WriteHistory(forged);
        var read = DomainKit.Assistance.CaseEventJson.ParseHistory(rewritten, requireChain: true, Sha256Only);
        Assert.True(read.IsSuccess);
        Assert.NotEqual(anchored, DomainKit.Assistance.CaseHistoryChain.Head(read.Value.Events));
    }

    private static void Renumber(JsonArray events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            events[i]!["sequence"] = i + 1;
        }
    }

    private static List<(string, string)> Read(JsonNode history) =>
        [.. DomainKit.Assistance.CaseEventJson.ParseHistory(history.ToJsonString(), requireChain: true, Sha256Only).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode))];
}
