namespace DomainKit.Serialization;

/// <summary>The JSON tokens of an enum: each member's name in camelCase, such as <c>servingSentence</c>.</summary>
/// <typeparam name="T">The enum type.</typeparam>
internal static class EnumTokens<T>
    where T : struct, Enum
{
    private static readonly EnumKeys<T> Tokens = new(Make);

    public static readonly IReadOnlyDictionary<string, T> ByToken =
        Enum.GetValues<T>().ToDictionary(ToToken, value => value, StringComparer.Ordinal);

    public static string ToToken(T value) => Tokens.For(value);

    private static string Make(T value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
