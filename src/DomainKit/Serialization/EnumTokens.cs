using System.Collections.Frozen;

namespace DomainKit.Serialization;

/// <summary>The JSON tokens of an enum: each member's name in camelCase, such as <c>servingSentence</c>.</summary>
/// <typeparam name="T">The enum type.</typeparam>
internal static class EnumTokens<T>
    where T : struct, Enum
{
    // Explanations and writers ask for the same few tokens for every household, so each is made once.
    private static readonly FrozenDictionary<T, string> ByValue =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(value => value, Make);

    public static readonly FrozenDictionary<string, T> ByToken =
        Enum.GetValues<T>().ToFrozenDictionary(ToToken, StringComparer.Ordinal);

    public static string ToToken(T value) => ByValue.TryGetValue(value, out var token) ? token : Make(value);

    private static string Make(T value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
