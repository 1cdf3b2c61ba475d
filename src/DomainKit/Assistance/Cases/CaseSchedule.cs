using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>
/// Every time limit that has started on a case, with the parameters the policy does not set (a limit without
/// its parameter is reported here, never given a default).
/// </summary>
/// <param name="Deadlines">The deadlines, in the order the limits started.</param>
/// <param name="NotSet">The IDs of the parameters that limits on the case need and the policy does not set.</param>
public sealed record CaseSchedule(ImmutableArray<CaseDeadline> Deadlines, ImmutableArray<string> NotSet)
{
    /// <inheritdoc/>
    public bool Equals(CaseSchedule? other) => other is not null && Deadlines.SequenceEqual(other.Deadlines) && NotSet.SequenceEqual(other.NotSet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Deadlines.Length, NotSet.Length);
}
