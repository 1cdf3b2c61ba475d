using System.Text.Json.Serialization;

namespace DomainKit.Marten;

/// <summary>
/// A case event as the event table keeps it: the JSON object of the case-history contract with its chain link, exactly as
/// <see cref="Assistance.CaseEventJson.WriteLinked"/> writes it, so what is in the database is what the contract
/// describes. The store reads it back through <see cref="Assistance.CaseEventJson.ParseHistory(string, bool, IEnumerable{Assistance.CaseHistoryHash})"/>,
/// which checks the chain and replays the case.
/// </summary>
[JsonConverter(typeof(StoredJsonConverter<StoredCaseEvent>))]
public sealed class StoredCaseEvent : IStoredJson<StoredCaseEvent>
{
    internal StoredCaseEvent(string json) => Json = json;

    /// <summary>The event's JSON text.</summary>
    public string Json { get; }

    /// <inheritdoc/>
    static StoredCaseEvent IStoredJson<StoredCaseEvent>.FromJson(string json) => new(json);
}
