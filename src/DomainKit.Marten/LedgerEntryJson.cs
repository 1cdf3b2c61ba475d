using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Serialization;
using NodaTime.Text;

namespace DomainKit.Marten;

/// <summary>The JSON form of a stored ledger entry (<see cref="StoredLedgerEntry"/>): written on one line, read strictly.</summary>
internal static class LedgerEntryJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Fields = ["sequence", "kind", "fund", "year", "namedFund", "amount", "staffId", "at", "reason", "caseId", "programme", "purpose"];

    public static string Write(LedgerEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", entry.Sequence);
            w.WriteString("kind", EnumTokens<LedgerEntryKind>.ToToken(entry.Kind));
            w.WriteString("fund", EnumTokens<Fund>.ToToken(entry.Account.Fund));
            w.WriteNumber("year", entry.Account.Year);
            if (entry.Account.NamedFund is { } named)
            {
                w.WriteString("namedFund", named);
            }

            w.WriteString("amount", AmountText.Format(entry.Amount));
            w.WriteString("staffId", entry.StaffId);
            w.WriteString("at", InstantPattern.ExtendedIso.Format(entry.At));
            w.WriteString("reason", entry.Reason);
            if (entry.CaseId is { } caseId)
            {
                w.WriteString("caseId", caseId);
            }

            if (entry.Programme is { } programme)
            {
                w.WriteString("programme", EnumTokens<Programme>.ToToken(programme));
            }

            if (entry.Purpose is { } purpose)
            {
                w.WriteString("purpose", EnumTokens<Need>.ToToken(purpose));
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads an entry; Invalid with each bad field's path under <paramref name="path"/>.</summary>
    public static Result<LedgerEntry> Read(string json, string path) => StrictJsonReader.Read<LedgerEntry>(StrictJsonReader.ToUtf8(json), root =>
    {
        var r = new StrictJsonReader { TextAmounts = true };
        if (!r.ExpectObject(root, path, Fields))
        {
            return Result<LedgerEntry>.Invalid(r.Errors);
        }

        var sequence = r.Integer(root, path, "sequence", true, 1, int.MaxValue);
        var kind = r.Name(root, path, "kind", true, EnumTokens<LedgerEntryKind>.ByToken);
        var fund = r.Name(root, path, "fund", true, EnumTokens<Fund>.ByToken);
        var year = r.Integer(root, path, "year", true, 1, 9999);
        var named = r.String(root, path, "namedFund", false);
        var amount = r.Money(root, path, "amount", true);
        var staffId = r.String(root, path, "staffId", true);
        var at = CaseEventJson.ReadInstant(r, root, path);
        var reason = r.String(root, path, "reason", true);
        var caseId = r.String(root, path, "caseId", false);
        var programme = r.Name(root, path, "programme", false, EnumTokens<Programme>.ByToken);
        var purpose = r.Name(root, path, "purpose", false, EnumTokens<Need>.ByToken);
        if (r.HasErrors || sequence is not { } s || kind is not { } k || fund is not { } f || year is not { } y || amount is not { } a
            || staffId is null || at is not { } when || reason is null)
        {
            return Result<LedgerEntry>.Invalid(r.Errors);
        }

        return new LedgerEntry
        {
            Sequence = s,
            Kind = k,
            Account = new LedgerAccount(f, y, named),
            Amount = a,
            StaffId = staffId,
            At = when,
            Reason = reason,
            CaseId = caseId,
            Programme = programme,
            Purpose = purpose,
        };
    });
}
