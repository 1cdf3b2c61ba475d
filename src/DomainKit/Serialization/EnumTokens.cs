using System.Runtime.CompilerServices;

namespace DomainKit.Serialization;

/// <summary>The JSON tokens of an enum: each member's name in camelCase, such as <c>servingSentence</c>.</summary>
/// <typeparam name="T">The enum type.</typeparam>
/// <remarks>
/// Plain arrays and dictionaries rather than frozen ones: a policy set names dozens of enums, and building a frozen
/// dictionary for each (and compiling its code for each enum type) made loading the first policy set markedly slower,
/// while these tables hold a handful of entries, where a frozen dictionary reads no faster.
/// </remarks>
internal static class EnumTokens<T>
    where T : struct, Enum
{
    // Tokens of the members whose value is a small non-negative int, by value; explanations and writers ask for them
    // for every household, so each is made once.
    private static readonly string?[] ByValue = Index();

    public static readonly IReadOnlyDictionary<string, T> ByToken =
        Enum.GetValues<T>().ToDictionary(ToToken, value => value, StringComparer.Ordinal);

    public static string ToToken(T value)
    {
        var index = Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;
        return (uint)index < (uint)ByValue.Length && ByValue[index] is { } token ? token : Make(value);
    }

    private static string?[] Index()
    {
        var values = Enum.GetValues<T>();
        if (Unsafe.SizeOf<T>() != sizeof(int))
        {
            return [];
        }

        var size = 0;
        foreach (var value in values)
        {
            var number = Unsafe.As<T, int>(ref Unsafe.AsRef(in value));
            size = number is >= 0 and < 256 ? Math.Max(size, number + 1) : size;
        }

        var tokens = new string?[size];
        foreach (var value in values)
        {
            var number = Unsafe.As<T, int>(ref Unsafe.AsRef(in value));
            if (number is >= 0 and < 256)
            {
                tokens[number] = Make(value);
            }
        }

        return tokens;
    }

    private static string Make(T value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
