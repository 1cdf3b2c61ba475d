namespace DomainKit;

/// <summary>Creates <see cref="EnumSet{T}"/> values.</summary>
public static class EnumSets
{
    /// <summary>Creates a set.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="values">The values; each must be defined and between 0 and 63.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined or beyond 63.</exception>
    public static EnumSet<T> Of<T>(params ReadOnlySpan<T> values)
        where T : struct, Enum
    {
        ulong bits = 0;
        foreach (var value in values)
        {
            var position = EnumSet<T>.Position(value);
            if (!Enum.IsDefined(value) || position is < 0 or > 63)
            {
                throw new ArgumentOutOfRangeException(nameof(values), value, "The value is not defined or beyond 63.");
            }

            bits |= 1UL << (int)position;
        }

        return new EnumSet<T>(bits);
    }
}
