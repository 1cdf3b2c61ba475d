using System.Numerics;

namespace DomainKit.Assistance;

/// <summary>
/// A set of members of one household, by position in <see cref="Household.Members"/>: one machine
/// word, so rules return it from their fast paths without allocating.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct MemberSet : IEquatable<MemberSet>
{
    private readonly ulong bits;

    private MemberSet(ulong bits) => this.bits = bits;

    /// <summary>The empty set.</summary>
    public static MemberSet Empty => default;

    /// <summary>How many members the set holds.</summary>
    public int Count => BitOperations.PopCount(bits);

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => bits == 0;

    /// <summary>The positions in the set, in ascending order.</summary>
    public IEnumerable<int> Indexes
    {
        get
        {
            for (var rest = bits; rest != 0; rest &= rest - 1)
            {
                yield return BitOperations.TrailingZeroCount(rest);
            }
        }
    }

    /// <summary>Whether the set holds the member at a position.</summary>
    /// <param name="index">The position, 0 to <see cref="Household.MaxMembers"/> − 1.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    // The unchecked cast turns a negative value into a large one that fails the range test; checked, it would throw.
    public bool Contains(int index) => unchecked((uint)index) < Household.MaxMembers && (bits & (1UL << index)) != 0;

    /// <summary>The set with one more member.</summary>
    /// <param name="index">The position, 0 to <see cref="Household.MaxMembers"/> − 1.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public MemberSet With(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Household.MaxMembers);
        return new MemberSet(bits | (1UL << index));
    }

    /// <inheritdoc />
    public static bool operator ==(MemberSet left, MemberSet right) => left.bits == right.bits;

    /// <inheritdoc />
    public static bool operator !=(MemberSet left, MemberSet right) => left.bits != right.bits;

    /// <inheritdoc />
    public bool Equals(MemberSet other) => bits == other.bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => bits.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", Indexes) + "}";
}
