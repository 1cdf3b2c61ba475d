namespace DomainKit.Marten;

/// <summary>A row kept as the JSON text of its contract, written and read back as it is (<see cref="StoredJsonConverter{T}"/>).</summary>
/// <typeparam name="TSelf">The stored type.</typeparam>
internal interface IStoredJson<TSelf>
    where TSelf : IStoredJson<TSelf>
{
    /// <summary>The JSON text.</summary>
    string Json { get; }

    /// <summary>The row holding a JSON text read back from the database.</summary>
    static abstract TSelf FromJson(string json);
}
