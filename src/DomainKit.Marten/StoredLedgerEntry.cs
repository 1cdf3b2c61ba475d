using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Marten;

/// <summary>
/// A fund-ledger entry as the event table keeps it, in the ledger stream: one JSON object with <c>sequence</c>,
/// <c>kind</c>, <c>fund</c>, <c>year</c>, <c>namedFund</c>, <c>amount</c> (yuan as a decimal string), <c>staffId</c>,
/// <c>at</c>, <c>reason</c>, <c>caseId</c>, <c>programme</c> and <c>purpose</c>, the last four only where the entry has
/// them. The store reads it back strictly and replays the ledger through its own checks.
/// </summary>
[JsonConverter(typeof(StoredLedgerEntryConverter))]
public sealed class StoredLedgerEntry
{
    internal StoredLedgerEntry(string json) => Json = json;

    /// <summary>The entry's JSON text.</summary>
    public string Json { get; }

    /// <summary>Writes the entry's own JSON in place of a wrapper object, and reads it back as it is.</summary>
    private sealed class StoredLedgerEntryConverter : JsonConverter<StoredLedgerEntry>
    {
        public override StoredLedgerEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new StoredLedgerEntry(document.RootElement.GetRawText());
        }

        public override void Write(Utf8JsonWriter writer, StoredLedgerEntry value, JsonSerializerOptions options) => writer.WriteRawValue(value.Json);
    }
}
