using NodaTime;

namespace DomainKit.Policies;

/// <summary>One value of a policy parameter, the date it takes effect and where it comes from.</summary>
/// <typeparam name="T">The value type: <see cref="Money"/>, <see cref="Rate"/> or <see cref="int"/>.</typeparam>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct DatedValue<T> : IEquatable<DatedValue<T>>
    where T : notnull
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="effectiveFrom">The first day the value applies; held in the ISO calendar.</param>
    /// <param name="value">The value.</param>
    /// <param name="provenance">Where the value comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provenance"/> is null.</exception>
    public DatedValue(LocalDate effectiveFrom, T value, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        // Timelines compare dates in the ISO calendar; a date given in another calendar is the same day.
        EffectiveFrom = Dates.Iso(effectiveFrom);
        Value = value;
        Provenance = provenance;
    }

    /// <summary>The first day the value applies; it applies until the next value of the timeline takes effect.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>Where the value comes from and how sure it is.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public static bool operator ==(DatedValue<T> left, DatedValue<T> right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(DatedValue<T> left, DatedValue<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DatedValue<T> other) =>
        EffectiveFrom == other.EffectiveFrom && EqualityComparer<T>.Default.Equals(Value, other.Value) && Equals(Provenance, other.Provenance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatedValue<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, Value, Provenance);
}
