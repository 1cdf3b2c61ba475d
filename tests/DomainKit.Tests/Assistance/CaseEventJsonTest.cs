using DomainKit.Assistance;
using DomainKit.Validation;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>The JSON form of case events: exact round trips, strict reading, and replay of what is read.</summary>
public class CaseEventJsonTest
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "case-history.json");

    /// <summary>The documented history: a green-channel case paid first, completed, noticed, approved and closed.</summary>
    internal static AssistanceCase DocumentedCase()
    {
        var ledger = Ledger();
        var accepted = Accepted(Need.Temporary, Need.Medical);
        var first = accepted.PayFirst(By("director-1", March(2, 11), accepted.Version, "house fire: paid first"), Money.FromYuan(2_000m), ledger, Policy, WorkingDayCalendar.MondayToFriday).Value;
        var completed = Then(first.Case, c => c.CompletePaperwork(By("window-7", March(3), c.Version, "application and ID copies received")));
        var investigated = Then(completed, c => c.StartInvestigation(By("lead-3", March(3, 10), c.Version, "home visit booked"), ["inv-1", "inv-2"], Policy));
        var verified = Then(investigated, c => c.RecordVerification(By("inv-1", March(4), c.Version, "bank check"), VerificationSource.Banks, Money.FromYuan(800m), Money.FromYuan(800m)));
        var noticed = Then(verified, c => c.PublishNotice(By("town-2", March(5), c.Version, "township opinion"), Programme.TemporaryAssistance, Money.FromYuan(5_000m), Policy, WorkingDayCalendar.MondayToFriday));
        var approved = Then(noticed, c => c.Approve(By("county-1", March(13), c.Version, "notice ran without objection")));
        var paid = approved.Pay(By("county-1", March(16), approved.Version, "balance of the approval"), Money.FromYuan(3_000m), first.Ledger!).Value;
        var evaluated = Then(paid.Case, c => c.RecordOutcome(By("worker-5", March(30), c.Version, "house repaired, household back at work"), CaseOutcome.Resolved));
        var health = Then(evaluated, c => c.CompleteTask(By("health-4", March(30, 10), c.Version, "hospital bill settled"), Department.Health));
        var civil = Then(health, c => c.CompleteTask(By("civil-6", March(30, 11), c.Version, "temporary assistance paid"), Department.CivilAffairs));
        return Then(civil, c => c.Close(By("worker-5", March(31), c.Version, "loop closed")));
    }

    [Fact]
    public void TheDocumentedHistory_IsExactlyWhatTheLibraryWrites_AndReplaysToAClosedCase()
    {
        var written = CaseEventJson.WriteHistory(DocumentedCase().Events);
        Assert.Equal(written, File.ReadAllText(ExamplePath).ReplaceLineEndings("\n").TrimEnd('\n'));
        var read = CaseEventJson.ParseHistory(written);
        Assert.True(read.IsSuccess);
        Assert.Equal(DocumentedCase(), read.Value);
        Assert.Equal(CaseStage.Closed, read.Value.Stage);
        Assert.Equal(Money.FromYuan(5_000m), read.Value.TotalPaid);
    }

    [Fact]
    public void EveryEvent_RoundTripsAlone()
    {
        foreach (var e in DocumentedCase().Events)
        {
            var read = CaseEventJson.Parse(CaseEventJson.Write(e));
            Assert.True(read.IsSuccess, CaseEventJson.Write(e));
            Assert.Equal(e, read.Value);
        }
    }

    [Theory]
    [InlineData("{", "", ErrorCodes.JsonMalformed)]
    [InlineData("""{"schema":"domainkit/case-history@9","events":[]}""", "schema", ErrorCodes.UnsupportedSchema)]
    [InlineData("""{"schema":"domainkit/case-history@1","events":[{"type":"caseWon"}]}""", "events[0].type", ErrorCodes.UnknownName)]
    [InlineData("""{"schema":"domainkit/case-history@1","events":[{"type":"caseReported","sequence":1}], "extra": 1}""", "", ErrorCodes.JsonUnknownProperty)]
    [InlineData("""{"schema":"domainkit/case-history@1","events":[]}""", "events", ErrorCodes.Required)]
    public void BadHistories_AreInvalidWithThePath(string json, string path, string code)
    {
        var read = CaseEventJson.ParseHistory(json);
        Assert.Contains(read.ValidationErrors, e => e.Identifier == path && e.ErrorCode == code);
    }

    [Fact]
    public void BadFields_AreInvalidWithTheirPaths()
    {
        var opened = CaseEventJson.Write(DocumentedCase().Events[0]);
        var tampered = opened
            .Replace("\"walkInWindow\"", "\"pigeon\"", StringComparison.Ordinal)
            .Replace("11010519491231002X", "110105194912310021", StringComparison.Ordinal)
            .Replace("Z\",", "+08\",", StringComparison.Ordinal);
        var read = CaseEventJson.Parse(tampered);
        Assert.Equal(
            new HashSet<string> { "channel", "applicant.residentId", "at" },
            read.ValidationErrors.Select(e => e.Identifier).ToHashSet());
        Assert.DoesNotContain(read.ValidationErrors, e => e.ErrorMessage.Contains("110105194912310021", StringComparison.Ordinal));
    }

    [Fact]
    public void AHistoryWithAGap_IsRefusedAtTheEventThatBreaksTheRule()
    {
        var events = DocumentedCase().Events.RemoveAt(2);
        var read = CaseEventJson.ParseHistory(CaseEventJson.WriteHistory(events));
        Assert.Equal("events[2].sequence", read.ValidationErrors.First().Identifier);
    }
}
