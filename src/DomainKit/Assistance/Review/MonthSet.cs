using System.Globalization;

namespace DomainKit.Assistance;

/// <summary>A set of calendar months, such as the centralised review months March and September (ZF-VR-02).</summary>
/// <remarks>This type is an immutable value type and is thread-safe; it is a policy parameter value.</remarks>
public readonly struct MonthSet : IEquatable<MonthSet>
{
    private readonly int bits;

    private MonthSet(int bits) => this.bits = bits;

    /// <summary>The months, 1 to 12, in order.</summary>
    public IEnumerable<int> Months
    {
        get
        {
            var set = this;
            return Enumerable.Range(1, 12).Where(set.Contains);
        }
    }

    /// <summary>Creates a set.</summary>
    /// <param name="months">Months from 1 to 12.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1 to 12.</exception>
    public static MonthSet Of(params ReadOnlySpan<int> months)
    {
        var bits = 0;
        foreach (var month in months)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(month, 1, nameof(months));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12, nameof(months));
            bits |= 1 << month;
        }

        return new MonthSet(bits);
    }

    /// <summary>Whether the set holds a month.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(int month) => month is >= 1 and <= 12 && (bits & (1 << month)) != 0;

    /// <inheritdoc />
    public static bool operator ==(MonthSet left, MonthSet right) => left.bits == right.bits;

    /// <inheritdoc />
    public static bool operator !=(MonthSet left, MonthSet right) => left.bits != right.bits;

    /// <inheritdoc />
    public bool Equals(MonthSet other) => bits == other.bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MonthSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => bits;

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Months.Select(m => m.ToString(CultureInfo.InvariantCulture)));
}
