using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// Every command on an open case as JSON: its type (<c>publishNotice</c>), the fields it takes and how they become a
/// call on <see cref="AssistanceCase"/>. The case-command contract and the case scenarios read commands through this
/// one table, so a command means the same wherever it is written.
/// </summary>
internal static class CaseActions
{
    /// <summary>A command read and checked for its own fields, waiting for the case and what it needs from the service.</summary>
    internal delegate Result<CaseUpdate> Action(AssistanceCase current, CaseCommand command, CaseCommandContext context);

    private sealed record Kind(string Type, string[] Fields, Func<StrictJsonReader, JsonElement, string, Action?> Read);

    private const int MaxItems = 64;

    private static readonly ImmutableArray<Kind> Kinds =
    [
        Plain("report", (c, command) => c.Report(command)),
        new("accept", ["needs"], (r, o, p) =>
        {
            var needs = CaseEventJson.ReadNames<Need>(r, o, p, "needs");
            return (c, command, x) => c.Accept(command, needs, x.Policy);
        }),
        new("startInvestigation", ["investigators"], (r, o, p) =>
        {
            var investigators = CaseEventJson.ReadStrings(r, o, p, "investigators");
            return (c, command, x) => c.StartInvestigation(command, investigators, x.Policy);
        }),
        new("recordVerification", ["source", "declared", "verified"], (r, o, p) =>
        {
            var source = r.Name(o, p, "source", true, EnumTokens<VerificationSource>.ByToken);
            var declared = r.Money(o, p, "declared", true);
            var verified = r.Money(o, p, "verified", true);
            return source is { } s && declared is { } d && verified is { } v ? (c, command, x) => c.RecordVerification(command, s, d, v) : null;
        }),
        new("requireHomeVisit", ["cause"], (r, o, p) =>
            r.Name(o, p, "cause", true, EnumTokens<HomeVisitCause>.ByToken) is { } cause ? (c, command, x) => c.RequireHomeVisit(command, cause) : null),
        new("recordHomeVisit", ["investigators"], (r, o, p) =>
        {
            var investigators = CaseEventJson.ReadStrings(r, o, p, "investigators");
            return (c, command, x) => c.RecordHomeVisit(command, investigators, x.Policy);
        }),
        new("publishNotice", ["programme", "amount"], (r, o, p) =>
        {
            var programme = r.Name(o, p, "programme", true, EnumTokens<Programme>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            return programme is { } g && amount is { } a ? (c, command, x) => c.PublishNotice(command, g, a, x.Policy, x.Calendar) : null;
        }),
        Plain("raiseObjection", (c, command) => c.RaiseObjection(command)),
        new("approve", ["level"], (r, o, p) =>
        {
            var level = r.Name(o, p, "level", false, EnumTokens<ApprovalLevel>.ByToken) ?? ApprovalLevel.County;
            return (c, command, x) => c.Approve(command, x.Policy, level);
        }),
        new("markSpecialCase", [], (r, o, p) => (c, command, x) => c.MarkSpecialCase(command, x.Policy, x.Calendar)),
        new("changeBenefit", ["grounds", "amount", "from", "stopReason"], (r, o, p) =>
        {
            var grounds = r.Name(o, p, "grounds", true, EnumTokens<BenefitChangeGrounds>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            var from = r.Month(o, p, "from", true);
            var stopReason = r.Name(o, p, "stopReason", false, EnumTokens<BenefitStopReason>.ByToken);
            return grounds is { } g && amount is { } a && from is { } f ? (c, command, x) => c.ChangeBenefit(command, g, a, f, stopReason) : null;
        }),
        new("payMonth", ["month"], (r, o, p) =>
            r.Month(o, p, "month", true) is { } month ? (c, command, x) => c.PayMonth(command, month, x.Ledger) : null),
        Plain("reject", (c, command) => c.Reject(command)),
        new("refer", ["department"], (r, o, p) =>
            r.Name(o, p, "department", true, EnumTokens<Department>.ByToken) is { } department ? (c, command, x) => c.Refer(command, department) : null),
        Plain("notifyRejection", (c, command) => c.NotifyRejection(command)),
        new("payFirst", ["amount"], (r, o, p) =>
            r.Money(o, p, "amount", true) is { } amount ? (c, command, x) => c.PayFirst(command, amount, x.Ledger, x.Policy, x.Calendar) : null),
        Plain("completePaperwork", (c, command) => c.CompletePaperwork(command)),
        Plain("lapseGreenChannel", (c, command) => c.LapseGreenChannel(command)),
        new("pay", ["amount"], (r, o, p) =>
            r.Money(o, p, "amount", true) is { } amount ? (c, command, x) => c.Pay(command, amount, x.Ledger) : null),
        new("recordRecovery", ["fund", "year", "namedFund", "amount"], (r, o, p) =>
        {
            var fund = r.Name(o, p, "fund", true, EnumTokens<Fund>.ByToken);
            var year = r.Integer(o, p, "year", false, 1880, 2200);
            var namedFund = r.String(o, p, "namedFund", false);
            var amount = r.Money(o, p, "amount", true);

            // Without a year, the account is the one of the year the recovery is received in.
            return fund is { } f && amount is { } a
                ? (c, command, x) => c.RecordRecovery(command, new LedgerAccount(f, year ?? c.DateOf(command.At).Year, namedFund), a, x.Ledger)
                : null;
        }),
        new("establishFraud", ["amount"], (r, o, p) =>
            r.Money(o, p, "amount", true) is { } amount ? (c, command, x) => c.EstablishFraud(command, amount, x.Policy) : null),
        new("completeTask", ["department"], (r, o, p) =>
            r.Name(o, p, "department", true, EnumTokens<Department>.ByToken) is { } department ? (c, command, x) => c.CompleteTask(command, department) : null),
        new("assignAccountable", ["accountableStaffId"], (r, o, p) =>
            r.String(o, p, "accountableStaffId", true) is { } staffId ? (c, command, x) => c.AssignAccountable(command, staffId) : null),
        new("escalate", [], (r, o, p) => (c, command, x) => c.Escalate(command, x.Policy, x.Calendar)),
        new("recordOutcome", ["outcome"], (r, o, p) =>
            r.Name(o, p, "outcome", true, EnumTokens<CaseOutcome>.ByToken) is { } outcome ? (c, command, x) => c.RecordOutcome(command, outcome) : null),
        new("recordUnmetNeed", ["need", "amount"], (r, o, p) =>
        {
            var need = r.Name(o, p, "need", true, EnumTokens<Need>.ByToken);
            var amount = r.Money(o, p, "amount", true);
            return need is { } n && amount is { } a ? (c, command, x) => c.RecordUnmetNeed(command, n, a) : null;
        }),
        new("referToCharity", ["projectId", "need", "standing"], (r, o, p) =>
        {
            var projectId = r.String(o, p, "projectId", true);
            var need = r.Name(o, p, "need", true, EnumTokens<Need>.ByToken);
            var standing = StrictJsonReader.TryGet(o, "standing", out _) ? CaseEventJson.ReadNames<Programme>(r, o, p, "standing") : [];
            var path = StrictJsonReader.Child(p, "projectId");
            return projectId is { } id && need is { } n
                ? (c, command, x) => x.CharityProjects.FirstOrDefault(project => project.Id == id) is { } project
                    ? c.ReferToCharity(command, project, n, standing)
                    : Result<CaseUpdate>.Invalid(Errors.At(path, ErrorCodes.UnknownName, "No charity project the service runs has this ID."))
                : null;
        }),
        new("payCharity", ["referralSequence"], (r, o, p) =>
            r.Integer(o, p, "referralSequence", true, 1, CaseEventJson.MaxEvents) is { } sequence ? (c, command, x) => c.PayCharity(command, sequence, x.Ledger) : null),
        new("recordService", ["provider", "service", "need", "hours"], (r, o, p) =>
        {
            var provider = r.Name(o, p, "provider", true, EnumTokens<ServiceProvider>.ByToken);
            var service = r.Name(o, p, "service", true, EnumTokens<ServiceKind>.ByToken);
            var need = r.Name(o, p, "need", true, EnumTokens<Need>.ByToken);
            var hours = r.Integer(o, p, "hours", true, 0, 24);
            return provider is { } pr && service is { } s && need is { } n && hours is { } h ? (c, command, x) => c.RecordService(command, pr, s, n, h) : null;
        }),
        Plain("close", (c, command) => c.Close(command)),
    ];

    private static readonly FrozenDictionary<string, Kind> ByType = Kinds.ToFrozenDictionary(k => k.Type, StringComparer.Ordinal);

    /// <summary>The command types, in the order of the case's life.</summary>
    public static ImmutableArray<string> Types { get; } = [.. Kinds.Select(k => k.Type)];

    /// <summary>Every field some command takes, for readers that allow them beside their own.</summary>
    public static ImmutableArray<string> AllFields { get; } = [.. Kinds.SelectMany(k => k.Fields).Distinct(StringComparer.Ordinal)];

    /// <summary>The fields a command type takes, or null for a type that is not a command on an open case.</summary>
    public static string[]? FieldsOf(string type) => ByType.TryGetValue(type, out var kind) ? kind.Fields : null;

    /// <summary>
    /// Reads the fields of a command of a known type from an object whose properties the caller has checked. A
    /// missing, mistyped or unknown value is an error in the reader with its path, and the result is null.
    /// </summary>
    public static Action? Read(StrictJsonReader reader, JsonElement fields, string path, string type)
    {
        var errorsBefore = reader.Errors.Count;
        var action = ByType[type].Read(reader, fields, path);
        return reader.Errors.Count > errorsBefore ? null : action;
    }

    /// <summary>The error for a type that names no command, listing those there are.</summary>
    public static ValidationError UnknownType(string path) =>
        Errors.At(path, ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", Types)}.");

    private static Kind Plain(string type, Func<AssistanceCase, CaseCommand, Result<CaseUpdate>> run) =>
        new(type, [], (r, o, p) => (c, command, x) => run(c, command));
}
