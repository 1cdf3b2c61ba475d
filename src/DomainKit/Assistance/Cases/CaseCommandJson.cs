using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// Commands on cases as JSON (contract <c>domainkit/case-command@1</c>, documented in docs/json-contracts.md), and
/// what a command appended (<c>domainkit/case-update@1</c>), so that a case can be run from any language.
/// </summary>
/// <remarks>
/// A command document carries what every command carries, <c>staffId</c>, <c>at</c>, <c>reason</c> and
/// <c>expectedVersion</c>, and under <c>command</c> the command's <c>type</c> with its own fields:
/// <code>{"schema": "domainkit/case-command@1", "staffId": "s-001", "at": "2026-03-02T01:00:00Z", "reason": "…",
///  "expectedVersion": 4, "command": {"type": "publishNotice", "programme": "dibao", "amount": "1350.00"}}</code>
/// Reading is as strict as for the other contracts: malformed JSON, unknown or repeated properties, missing fields,
/// wrong types, unknown names and amounts that are not decimal strings of whole fen are each an error with its path,
/// and nothing refused is repeated in a message. Whether the command may run is decided when it is applied to the
/// case (<see cref="CaseInstruction.ApplyTo"/>). This class is thread-safe.
/// </remarks>
public static class CaseCommandJson
{
    /// <summary>The command contract's name and version.</summary>
    public const string Schema = "domainkit/case-command@1";

    /// <summary>The contract of what a command appended, as <see cref="WriteUpdate"/> writes it.</summary>
    public const string UpdateSchema = "domainkit/case-update@1";

    private static readonly string[] RootFields = ["schema", "staffId", "at", "reason", "expectedVersion", "command"];

    private static readonly string[] OpenFields = ["caseId", "channel", "applicant", "timeZoneId"];

    /// <summary>Reads a command from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The command, or Invalid with every problem's path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<CaseInstruction> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(StrictJsonReader.ToUtf8(json));
    }

    /// <summary>Reads a command from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The command, or Invalid with every problem's path and code.</returns>
    public static Result<CaseInstruction> Parse(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, root =>
    {
        var reader = new StrictJsonReader { TextAmounts = true };
        if (!reader.ExpectObject(root, string.Empty, RootFields))
        {
            return Result<CaseInstruction>.Invalid(reader.Errors);
        }

        if (reader.String(root, string.Empty, "schema", true) is { } schema && schema != Schema)
        {
            reader.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
        }

        var staffId = reader.String(root, string.Empty, "staffId", true);
        var at = CaseEventJson.ReadInstant(reader, root, string.Empty);
        var reason = reader.String(root, string.Empty, "reason", true);
        var expectedVersion = reader.Integer(root, string.Empty, "expectedVersion", true, 0, CaseEventJson.MaxEvents);
        var instruction = ReadCommand(reader, root);
        return staffId is null || at is null || reason is null || expectedVersion is null || instruction is null || reader.HasErrors
            ? Result<CaseInstruction>.Invalid(reader.Errors)
            : instruction(new CaseCommand(staffId, at.Value, reason, expectedVersion.Value));
    });

    /// <summary>
    /// Writes what a command appended: the case's ID, version and stage after it, and the appended events as the
    /// history contract writes them. A <c>caseOpened</c> event holds the applicant's personal data.
    /// </summary>
    /// <param name="update">The command's update.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    public static string WriteUpdate(CaseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", UpdateSchema);
            w.WriteString("caseId", update.Case.CaseId);
            w.WriteNumber("version", update.Case.Version);
            w.WriteString("stage", EnumTokens<CaseStage>.ToToken(update.Case.Stage));
            w.WriteStartArray("events");
            foreach (var e in update.Events)
            {
                CaseEventJson.WriteEvent(w, e, textAmounts: true);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Reads the <c>command</c> object: its type and fields, as a constructor of the instruction once the header is read.</summary>
    private static Func<CaseCommand, CaseInstruction>? ReadCommand(StrictJsonReader reader, JsonElement root)
    {
        const string path = "command";
        if (!StrictJsonReader.TryGet(root, path, out var command))
        {
            reader.Errors.Add(StrictJsonReader.RequiredError(path));
            return null;
        }

        if (command.ValueKind != JsonValueKind.Object)
        {
            reader.Errors.Add(StrictJsonReader.WrongTypeError(path, "an object", command.ValueKind));
            return null;
        }

        if (reader.String(command, path, "type", true) is not { } type)
        {
            return null;
        }

        if (type == CaseInstruction.OpenType)
        {
            return ReadOpen(reader, command, path);
        }

        if (CaseActions.FieldsOf(type) is not { } fields)
        {
            reader.Errors.Add(Errors.At(StrictJsonReader.Child(path, "type"), ErrorCodes.UnknownName, $"Expected one of: {string.Join(", ", [CaseInstruction.OpenType, .. CaseActions.Types])}."));
            return null;
        }

        if (!reader.ExpectObject(command, path, ["type", .. fields]) || CaseActions.Read(reader, command, path, type) is not { } action)
        {
            return null;
        }

        return header => new CaseInstruction(type, header, null, fields, (current, context) => action(current!, header, context));
    }

    private static Func<CaseCommand, CaseInstruction>? ReadOpen(StrictJsonReader reader, JsonElement command, string path)
    {
        if (!reader.ExpectObject(command, path, ["type", .. OpenFields]))
        {
            return null;
        }

        var caseId = reader.String(command, path, "caseId", true);
        var channel = reader.Name(command, path, "channel", true, EnumTokens<IntakeChannel>.ByToken);
        var applicant = CaseEventJson.ReadApplicant(reader, command, path);
        var timeZoneId = reader.String(command, path, "timeZoneId", false) ?? AssistanceCase.DefaultTimeZoneId;
        return caseId is null || channel is not { } opened || applicant is null
            ? null
            : header => new CaseInstruction(CaseInstruction.OpenType, header, caseId, OpenFields, (current, context) => AssistanceCase.Open(caseId, opened, applicant, header, timeZoneId));
    }
}
