namespace DomainKit;

/// <summary>A set of values of a small enum (values 0 to 63), held as bits: a value type with value equality.</summary>
/// <typeparam name="T">The enum.</typeparam>
/// <remarks>
/// Create one with <see cref="EnumSets.Of{T}"/>; <c>default</c> is the empty set. This type is an immutable value
/// type and is thread-safe.
/// </remarks>
public readonly struct EnumSet<T> : IEquatable<EnumSet<T>>
    where T : struct, Enum
{
    private readonly ulong bits;

    internal EnumSet(ulong bits) => this.bits = bits;

    /// <summary>The values in the set, in their declared order.</summary>
    public IEnumerable<T> Values
    {
        get
        {
            var set = this;
            return Enum.GetValues<T>().Where(set.Contains);
        }
    }

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => bits == 0;

    /// <summary>Whether the set holds a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it does.</returns>
    public bool Contains(T value)
    {
        var position = Position(value);
        return position is >= 0 and <= 63 && (bits & (1UL << (int)position)) != 0;
    }

    /// <summary>
    /// The value as a number, read from its own bytes: converting it through <see cref="Convert"/> would box it, and
    /// the fast paths ask a set for a member once per household. Values of unsigned enums beyond the signed range
    /// read as negative, which is as far outside 0 to 63 as their true value.
    /// </summary>
    internal static long Position(T value) => System.Runtime.CompilerServices.Unsafe.SizeOf<T>() switch
    {
        1 => System.Runtime.CompilerServices.Unsafe.As<T, byte>(ref value),
        2 => System.Runtime.CompilerServices.Unsafe.As<T, short>(ref value),
        4 => System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value),
        _ => System.Runtime.CompilerServices.Unsafe.As<T, long>(ref value),
    };

    /// <summary>Whether two sets hold the same values.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EnumSet<T> left, EnumSet<T> right) => left.bits == right.bits;

    /// <summary>Whether two sets differ.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(EnumSet<T> left, EnumSet<T> right) => left.bits != right.bits;

    /// <inheritdoc/>
    public bool Equals(EnumSet<T> other) => bits == other.bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EnumSet<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => bits.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Values);
}
