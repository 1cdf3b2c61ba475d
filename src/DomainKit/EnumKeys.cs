using System.Runtime.CompilerServices;

namespace DomainKit;

/// <summary>
/// A string for each member of an enum, made once: a JSON token or a message key. Explanations and writers ask for
/// the same ones for every household, and making them on each call would allocate a string each time.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
/// <remarks>
/// Kept in a plain array by the member's value rather than a frozen dictionary: a policy set names dozens of enums,
/// and building a frozen dictionary for each (and compiling its code for each enum type) made the first load of a
/// policy set markedly slower, while these tables hold a handful of entries.
/// </remarks>
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

    /// <summary>
    /// The key of a member made afresh, bypassing the table. The table is made once per process, so a check that the
    /// maker itself is right (every key distinct, each with a template) asks here rather than through <see cref="For"/>.
    /// </summary>
    public string MakeAfresh(T value) => make(value);

    /// <summary>The key of a member; a value outside the enum is passed to the maker, which rejects it.</summary>
    public string For(T value) => Index(value) is var index and >= 0 && index < keys.Length && keys[index] is { } key ? key : make(value);

    // Members whose value is a small non-negative int have a slot; any other value goes to the maker.
    private static int Index(T value) =>
        Unsafe.SizeOf<T>() == sizeof(int) && Unsafe.As<T, int>(ref value) is var number and >= 0 and < 256 ? number : -1;
}
