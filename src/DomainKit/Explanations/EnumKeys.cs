using System.Runtime.CompilerServices;

namespace DomainKit.Explanations;

/// <summary>
/// The message key of each member of an enum, made once: explanations ask for the same keys for every household,
/// and joining a prefix to a token on each call would allocate a string each time.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
/// <remarks>Keys are kept in an array by the member's value, as <see cref="Serialization.EnumTokens{T}"/> keeps tokens.</remarks>
internal sealed class EnumKeys<T>
    where T : struct, Enum
{
    private readonly string?[] keys;
    private readonly Func<T, string> make;

    public EnumKeys(Func<T, string> make)
    {
        this.make = make;
        var values = Enum.GetValues<T>();
        var size = 0;
        foreach (var value in values)
        {
            size = Index(value) is var index and >= 0 ? Math.Max(size, index + 1) : size;
        }

        keys = new string?[size];
        foreach (var value in values)
        {
            if (Index(value) is var index and >= 0)
            {
                keys[index] = make(value);
            }
        }
    }

    /// <summary>The key of a member; a value outside the enum is passed to the maker, which rejects it.</summary>
    public string For(T value) => Index(value) is var index and >= 0 && index < keys.Length && keys[index] is { } key ? key : make(value);

    // Members whose value is a small non-negative int have a slot; any other value goes to the maker.
    private static int Index(T value) =>
        Unsafe.SizeOf<T>() == sizeof(int) && Unsafe.As<T, int>(ref value) is var number and >= 0 and < 256 ? number : -1;
}
