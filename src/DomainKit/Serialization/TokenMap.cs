using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DomainKit.Serialization;

/// <summary>A closed list of names and the values they stand for, searched in order.</summary>
/// <typeparam name="T">The value type, typically an enum.</typeparam>
/// <remarks>
/// The lists are enum members, a few dozen at most, so a search in order costs about what hashing the name would.
/// Not a <see cref="Dictionary{TKey,TValue}"/>: every enum read from JSON would compile its own dictionary code the
/// first time it is read, and that cost fell on an application's first policy load. Instances are immutable.
/// </remarks>
internal sealed class TokenMap<T> : IReadOnlyDictionary<string, T>
{
    private readonly string[] tokens;
    private readonly T[] values;

    public TokenMap(string[] tokens, T[] values)
    {
        this.tokens = tokens;
        this.values = values;
    }

    public int Count => tokens.Length;

    public IEnumerable<string> Keys => tokens;

    public IEnumerable<T> Values => values;

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("The name is not in the list.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            yield return new KeyValuePair<string, T>(tokens[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (string.Equals(tokens[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
