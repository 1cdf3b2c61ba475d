namespace DomainKit.Assistance;

/// <summary>A set of <see cref="MedicalGroup"/> values, such as the groups serious-illness assistance covers (ZF-MA-04).</summary>
/// <remarks>This type is an immutable value type and is thread-safe; it is a policy parameter value.</remarks>
public readonly struct MedicalGroupSet : IEquatable<MedicalGroupSet>
{
    private readonly int bits;

    private MedicalGroupSet(int bits) => this.bits = bits;

    /// <summary>The groups in the set, in enum order.</summary>
    public IEnumerable<MedicalGroup> Groups
    {
        get
        {
            var set = this;
            return Enum.GetValues<MedicalGroup>().Where(set.Contains);
        }
    }

    /// <summary>Creates a set.</summary>
    /// <param name="groups">The groups.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A group is not defined.</exception>
    public static MedicalGroupSet Of(params ReadOnlySpan<MedicalGroup> groups)
    {
        var bits = 0;
        foreach (var group in groups)
        {
            if (!Enum.IsDefined(group))
            {
                throw new ArgumentOutOfRangeException(nameof(groups), group, "Unknown medical group.");
            }

            bits |= 1 << (int)group;
        }

        return new MedicalGroupSet(bits);
    }

    /// <summary>Whether the set holds a group.</summary>
    /// <param name="group">The group.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(MedicalGroup group) => (uint)group < 31 && (bits & (1 << (int)group)) != 0;

    /// <inheritdoc />
    public static bool operator ==(MedicalGroupSet left, MedicalGroupSet right) => left.bits == right.bits;

    /// <inheritdoc />
    public static bool operator !=(MedicalGroupSet left, MedicalGroupSet right) => left.bits != right.bits;

    /// <inheritdoc />
    public bool Equals(MedicalGroupSet other) => bits == other.bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MedicalGroupSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => bits;

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Groups);
}
