using System.Text.Json;
using DomainKit.Serialization;

namespace DomainKit.Policies;

/// <summary>
/// Reads and writes a parameter's values in policy files and says which values are allowed, so a
/// policy file and an in-code override obey the same bounds.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class ValueCodec<T>
    where T : notnull
{
    /// <summary>Reads a value; on failure reports each problem to <paramref name="reader"/> under <paramref name="path"/>.</summary>
    public abstract bool TryRead(StrictJsonReader reader, JsonElement element, string path, out T value);

    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>Whether a value lies within bounds; on failure gives a stable error code and a message.</summary>
    public abstract bool Check(T value, out string errorCode, out string errorMessage);

    /// <summary>The value as culture-invariant text, without a unit word, for explanations.</summary>
    public abstract string Format(T value);
}
