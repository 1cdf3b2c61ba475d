using System.Collections.Frozen;

namespace DomainKit.Explanations;

/// <summary>
/// The message key of each member of an enum, made once: explanations ask for the same keys for every household,
/// and joining a prefix to a token on each call would allocate a string each time.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class EnumKeys<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> keys;
    private readonly Func<T, string> make;

    public EnumKeys(Func<T, string> make)
    {
        this.make = make;
        keys = Enum.GetValues<T>().Distinct().ToFrozenDictionary(value => value, make);
    }

    /// <summary>The key of a member; a value outside the enum is passed to the maker, which rejects it.</summary>
    public string For(T value) => keys.TryGetValue(value, out var key) ? key : make(value);
}
