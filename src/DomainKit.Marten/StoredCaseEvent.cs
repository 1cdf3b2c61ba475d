using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Marten;

/// <summary>
/// A case event as the event table keeps it: the JSON object of the case-history contract with its chain link, exactly as
/// <see cref="Assistance.CaseEventJson.WriteLinked"/> writes it, so what is in the database is what the contract
/// describes. The store reads it back through <see cref="Assistance.CaseEventJson.ParseHistory(string, bool, IEnumerable{Assistance.CaseHistoryHash})"/>,
/// which checks the chain and replays the case.
/// </summary>
[JsonConverter(typeof(StoredCaseEventConverter))]
public sealed class StoredCaseEvent
{
    internal StoredCaseEvent(string json) => Json = json;

    /// <summary>The event's JSON text.</summary>
    public string Json { get; }

    /// <summary>Writes the event's own JSON in place of a wrapper object, and reads it back as it is.</summary>
    private sealed class StoredCaseEventConverter : JsonConverter<StoredCaseEvent>
    {
        public override StoredCaseEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new StoredCaseEvent(document.RootElement.GetRawText());
        }

        public override void Write(Utf8JsonWriter writer, StoredCaseEvent value, JsonSerializerOptions options) => writer.WriteRawValue(value.Json);
    }
}
