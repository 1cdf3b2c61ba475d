namespace DomainKit.Serialization;

/// <summary>The JSON tokens of an enum: each member's name in camelCase, such as <c>servingSentence</c>.</summary>
/// <typeparam name="T">The enum type.</typeparam>
internal static class EnumTokens<T>
    where T : struct, Enum
{
    private static readonly EnumKeys<T> Tokens = new(Make);

    public static readonly IReadOnlyDictionary<string, T> ByToken = MakeMap();

    public static string ToToken(T value) => Tokens.For(value);

    private static TokenMap<T> MakeMap()
    {
        var values = Enum.GetValues<T>();
        var tokens = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            tokens[i] = ToToken(values[i]);
        }

        return new TokenMap<T>(tokens, values);
    }

    private static string Make(T value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
