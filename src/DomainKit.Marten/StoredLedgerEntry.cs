using System.Text.Json.Serialization;

namespace DomainKit.Marten;

/// <summary>
/// A fund-ledger entry as the event table keeps it, in the ledger stream: one JSON object with <c>sequence</c>,
/// <c>kind</c>, <c>fund</c>, <c>year</c>, <c>namedFund</c>, <c>amount</c> (yuan as a decimal string), <c>staffId</c>,
/// <c>at</c>, <c>reason</c>, <c>caseId</c>, <c>programme</c> and <c>purpose</c>, the last four only where the entry has
/// them. The store reads it back strictly and replays the ledger through its own checks.
/// </summary>
[JsonConverter(typeof(StoredJsonConverter<StoredLedgerEntry>))]
public sealed class StoredLedgerEntry : IStoredJson<StoredLedgerEntry>
{
    internal StoredLedgerEntry(string json) => Json = json;

    /// <summary>The entry's JSON text.</summary>
    public string Json { get; }

    /// <inheritdoc/>
    static StoredLedgerEntry IStoredJson<StoredLedgerEntry>.FromJson(string json) => new(json);
}
