using System.Text.Json;
using System.Text.Json.Nodes;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Contracts;
using DomainKit.Tests.Serialization;
using DomainKit.Validation;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// The case-command contract: one document for each command, valid against the published schema and read into the
/// command it names; a command read from JSON does exactly what the method does; and the reader is as strict as the
/// other contracts', with a refusal pointing at the field of the document it concerns.
/// </summary>
public sealed class CaseCommandJsonTest
{
    // One document of each command, with every field it takes; the list must cover the reader's table.
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["open"] = """{"type": "open", "caseId": "case-9", "channel": "livelihoodHotline", "applicant": {"name": "李四", "residentId": "11010519491231002X", "householdSize": 2, "address": "幸福路 1 号", "illness": "尿毒症"}, "timeZoneId": "Asia/Shanghai"}""",
        ["report"] = """{"type": "report"}""",
        ["accept"] = """{"type": "accept", "needs": ["temporary", "medical"]}""",
        ["startInvestigation"] = """{"type": "startInvestigation", "investigators": ["inv-1", "inv-2"]}""",
        ["recordVerification"] = """{"type": "recordVerification", "source": "banks", "declared": "0.00", "verified": "1200.00"}""",
        ["requireHomeVisit"] = """{"type": "requireHomeVisit", "cause": "complaint"}""",
        ["recordHomeVisit"] = """{"type": "recordHomeVisit", "investigators": ["inv-1", "inv-2"]}""",
        ["publishNotice"] = """{"type": "publishNotice", "programme": "temporaryAssistance", "amount": "3000.00"}""",
        ["raiseObjection"] = """{"type": "raiseObjection"}""",
        ["approve"] = """{"type": "approve", "level": "county"}""",
        ["markSpecialCase"] = """{"type": "markSpecialCase"}""",
        ["changeBenefit"] = """{"type": "changeBenefit", "grounds": "periodicReview", "amount": "0.00", "from": "2026-06", "stopReason": "incomeAboveStandard"}""",
        ["payMonth"] = """{"type": "payMonth", "month": "2026-04"}""",
        ["reject"] = """{"type": "reject"}""",
        ["refer"] = """{"type": "refer", "department": "health"}""",
        ["notifyRejection"] = """{"type": "notifyRejection"}""",
        ["payFirst"] = """{"type": "payFirst", "amount": "500.00"}""",
        ["completePaperwork"] = """{"type": "completePaperwork"}""",
        ["lapseGreenChannel"] = """{"type": "lapseGreenChannel"}""",
        ["pay"] = """{"type": "pay", "amount": "3000.00"}""",
        ["recordRecovery"] = """{"type": "recordRecovery", "fund": "temporaryAssistance", "year": 2026, "amount": "100.00"}""",
        ["establishFraud"] = """{"type": "establishFraud", "amount": "800.00"}""",
        ["completeTask"] = """{"type": "completeTask", "department": "civilAffairs"}""",
        ["assignAccountable"] = """{"type": "assignAccountable", "accountableStaffId": "lead-3"}""",
        ["escalate"] = """{"type": "escalate"}""",
        ["recordOutcome"] = """{"type": "recordOutcome", "outcome": "resolved"}""",
        ["recordUnmetNeed"] = """{"type": "recordUnmetNeed", "need": "medical", "amount": "2000.00"}""",
        ["referToCharity"] = """{"type": "referToCharity", "projectId": "sight-1", "need": "medical", "standing": ["dibao"]}""",
        ["payCharity"] = """{"type": "payCharity", "referralSequence": 9}""",
        ["recordService"] = """{"type": "recordService", "provider": "volunteer", "service": "dailyCare", "need": "care", "hours": 3}""",
        ["close"] = """{"type": "close"}""",
    };

    [Fact]
    public void EveryCommand_HasAnExample_ThatTheSchemaAcceptsAndTheReaderReadsAsThatCommand()
    {
        Assert.Equal([CaseInstruction.OpenType, .. CaseActions.Types], Examples.Keys);
        foreach (var (type, command) in Examples)
        {
            var json = Document(command);
            StandardValidatorTest.AssertValid(CaseCommandJson.Schema, json);
            var read = CaseCommandJson.Parse(json);
            Assert.True(read.IsSuccess, $"{type}: {string.Join("; ", read.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorMessage))}");
            Assert.Equal(type, read.Value.Type);
            Assert.Equal(type == CaseInstruction.OpenType, read.Value.OpensCase);
            Assert.Equal(new CaseCommand("town-2", March(5), "proposed at the township", 4), read.Value.Command);

            // The typed contract reads the same document and writes it back unchanged.
            var typed = JsonSerializer.Deserialize(json, ContractJsonContext.Default.CaseCommandDocument)!;
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(typed, ContractJsonContext.Default.CaseCommandDocument))), type);
        }
    }

    [Fact]
    public void ACommandReadFromJson_AppendsWhatTheMethodAppends()
    {
        var reviewed = Reviewed(Need.Temporary);
        var context = new CaseCommandContext(Policy, WorkingDayCalendar.MondayToFriday, Ledger());
        var byJson = CaseCommandJson.Parse(Document(Examples["publishNotice"], reviewed.Version)).Value.ApplyTo(reviewed, context);
        var byMethod = reviewed.PublishNotice(new CaseCommand("town-2", March(5), "proposed at the township", reviewed.Version), Programme.TemporaryAssistance, Money.FromYuan(3_000m), Policy, WorkingDayCalendar.MondayToFriday);
        Assert.True(byJson.IsSuccess);
        Assert.Equal(byMethod.Value.Case, byJson.Value.Case);

        // The update document carries the appended events as the history writes them, and validates.
        var written = CaseCommandJson.WriteUpdate(byJson.Value);
        StandardValidatorTest.AssertValid(CaseCommandJson.UpdateSchema, written);
        Assert.Contains(CaseEventJson.Write(byMethod.Value.Events[0]).Trim().Split('\n')[1].Trim(), written, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningReadFromJson_OpensTheCase_AndNoOtherCommandRunsWithoutOne()
    {
        var context = new CaseCommandContext(Policy, WorkingDayCalendar.MondayToFriday, FundLedger.Empty);
        var open = CaseCommandJson.Parse(Document(Examples["open"], 0)).Value;
        Assert.Equal("case-9", open.OpenedCaseId);
        var opened = open.ApplyTo(null, context);
        Assert.True(opened.IsSuccess);
        Assert.Equal(IntakeChannel.LivelihoodHotline, opened.Value.Case.Channel);
        Assert.Equal(ResultStatus.Conflict, open.ApplyTo(opened.Value.Case, context).Status);
        Assert.Equal(ResultStatus.NotFound, CaseCommandJson.Parse(Document(Examples["report"], 1)).Value.ApplyTo(null, context).Status);
    }

    [Fact]
    public void AReferral_NamesAProjectTheServiceRuns_AndTakesNoTermsFromTheCommand()
    {
        var context = new CaseCommandContext(Policy, WorkingDayCalendar.MondayToFriday, Ledger());
        var refused = CaseCommandJson.Parse(Document(Examples["referToCharity"], Opened().Version)).Value.ApplyTo(Opened(), context);
        var error = Assert.Single(refused.ValidationErrors);
        Assert.Equal("command.projectId", error.Identifier);
        Assert.Equal(ErrorCodes.UnknownName, error.ErrorCode);

        // A forged term of the project is not a field of the command.
        var forged = CaseCommandJson.Parse(Document("""{"type": "referToCharity", "projectId": "sight-1", "need": "medical", "maxPerCase": "1000000.00"}"""));
        Assert.Equal("command", Assert.Single(forged.ValidationErrors).Identifier);
    }

    [Theory]
    [InlineData("""{"type": "pay", "amount": "3000.001"}""", "command.amount")]
    [InlineData("""{"type": "pay", "amount": 3000}""", "command.amount")]
    [InlineData("""{"type": "pay"}""", "command.amount")]
    [InlineData("""{"type": "pay", "amount": "1.00", "approved": true}""", "command")]
    [InlineData("""{"type": "approveEverything"}""", "command.type")]
    [InlineData("""{"type": "accept", "needs": ["shelterless"]}""", "command.needs[0]")]
    [InlineData("""{"type": "payMonth", "month": "2026-13"}""", "command.month")]
    [InlineData("""{"type": "recordService", "provider": "volunteer", "service": "dailyCare", "need": "care", "hours": 25}""", "command.hours")]
    [InlineData("""["pay"]""", "command")]
    [InlineData("""{"amount": "1.00"}""", "command.type")]
    public void ABadCommand_IsRefusedAtItsField(string command, string path)
    {
        var read = CaseCommandJson.Parse(Document(command));
        Assert.Equal(ResultStatus.Invalid, read.Status);
        Assert.Contains(path, read.ValidationErrors.Select(e => e.Identifier));
    }

    [Theory]
    [InlineData("""{"schema": "domainkit/case-command@2", "staffId": "s", "at": "2026-03-05T01:00:00Z", "reason": "r", "expectedVersion": 0, "command": {"type": "report"}}""", "schema")]
    [InlineData("""{"schema": "domainkit/case-command@1", "staffId": "s", "at": "2026-03-05 09:00", "reason": "r", "expectedVersion": 0, "command": {"type": "report"}}""", "at")]
    [InlineData("""{"schema": "domainkit/case-command@1", "staffId": "s", "at": "2026-03-05T01:00:00Z", "reason": "r", "expectedVersion": -1, "command": {"type": "report"}}""", "expectedVersion")]
    [InlineData("""{"schema": "domainkit/case-command@1", "at": "2026-03-05T01:00:00Z", "reason": "r", "expectedVersion": 0, "command": {"type": "report"}}""", "staffId")]
    [InlineData("""{"schema": "domainkit/case-command@1", "staffId": "s", "staffId": "t", "at": "2026-03-05T01:00:00Z", "reason": "r", "expectedVersion": 0, "command": {"type": "report"}}""", "staffId")]
    [InlineData("""{"schema": "domainkit/case-command@1", "staffId": "s", "at": "2026-03-05T01:00:00Z", "reason": "r", "expectedVersion": 0, "command": {"type": "report"}""", "")]
    public void ABadHeader_IsRefusedAtItsField(string json, string path)
    {
        var read = CaseCommandJson.Parse(json);
        Assert.Equal(ResultStatus.Invalid, read.Status);
        Assert.Contains(path, read.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void ARefusalByTheCase_PointsAtTheCommandsField_AndAStateRefusalAtTheCase()
    {
        var context = new CaseCommandContext(Policy, WorkingDayCalendar.MondayToFriday, Ledger());
        var opened = Opened();

        // Fewer investigators than VR-04 asks: the list in the command is at fault.
        var accepted = Accepted(Need.Temporary);
        var tooFew = CaseCommandJson.Parse(Document("""{"type": "startInvestigation", "investigators": ["inv-1"]}""", accepted.Version)).Value.ApplyTo(accepted, context);
        Assert.Equal(ErrorCodes.CaseInvestigatorsTooFew, Assert.Single(tooFew.ValidationErrors).ErrorCode);
        Assert.Equal("command.investigators", tooFew.ValidationErrors.Single().Identifier);

        // Paying a case that was never approved: nothing in the command is wrong, the case is not there yet.
        var pay = CaseCommandJson.Parse(Document(Examples["pay"], opened.Version)).Value.ApplyTo(opened, context);
        Assert.Equal(ErrorCodes.CaseTransition, Assert.Single(pay.ValidationErrors).ErrorCode);
        Assert.DoesNotContain("command.", pay.ValidationErrors.Single().Identifier, StringComparison.Ordinal);
    }

    private static string Document(string command, long expectedVersion = 4) => $$"""
        {"schema": "domainkit/case-command@1", "staffId": "town-2", "at": "2026-03-05T01:00:00Z", "reason": "proposed at the township", "expectedVersion": {{expectedVersion}}, "command": {{command}} }
        """;
}
