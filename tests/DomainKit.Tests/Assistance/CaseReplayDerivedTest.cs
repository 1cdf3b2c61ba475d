using System.Text.Json.Nodes;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Replaying a stored history under its policy derives what the policy determines instead of trusting the figure an
/// event states: forged figures that agree with each other and with the replay's own checks are still refused.
/// </summary>
public sealed class CaseReplayDerivedTest
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "case-history.json"));

    [Fact]
    public void TheExampleHistory_ReplaysUnderItsPolicy_WithEveryDerivedFigureAgreeing()
    {
        var events = global::DomainKit.Assistance.CaseEventJson.ParseHistory(Example).Value.Events;
        Assert.True(global::DomainKit.Assistance.AssistanceCase.Replay(events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday).IsSuccess);
    }

    [Theory]
    [InlineData("noticePublished", "lastDay", "2026-03-11", "lastDay", "PB-02")]
    [InlineData("investigationStarted", "minimumInvestigators", "1", "minimumInvestigators", "VR-04")]
    [InlineData("greenChannelGranted", "paperworkDue", "2026-03-16", "paperworkDue", "ZF-TA-01")]
    public void AFigureOtherThanThePolicyGives_IsRefused_WithThePathAndTheRule(string type, string field, string forged, string path, string rule)
    {
        var history = JsonNode.Parse(Example)!;
        var events = history["events"]!.AsArray();
        var index = events.Select((e, i) => (e, i)).First(p => p.e!["type"]!.GetValue<string>() == type).i;
        events[index]![field] = field == "minimumInvestigators" ? JsonValue.Create(int.Parse(forged, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(forged);
        if (field == "minimumInvestigators")
        {
            // Consistent with itself: one investigator, and a minimum of one.
            events[index]!["investigators"]!.AsArray().RemoveAt(1);
        }

        history.AsObject().Remove("head");
        foreach (var e in events)
        {
            e!.AsObject().Remove("chain");
        }

        // Without the policy the forgery replays: it agrees with itself and with every check the events allow.
        var read = global::DomainKit.Assistance.CaseEventJson.ParseHistory(history.ToJsonString());
        Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage)));

        var derived = global::DomainKit.Assistance.AssistanceCase.Replay(read.Value.Events, CaseTestKit.Policy, WorkingDayCalendar.MondayToFriday);
        var error = Assert.Single(derived.ValidationErrors);
        Assert.Equal(($"events[{index}].{path}", ErrorCodes.CaseEventFigure), (error.Identifier, error.ErrorCode));
        Assert.StartsWith(rule + ":", error.ErrorMessage, StringComparison.Ordinal);
    }
}
