using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Every late step of every case as of a date (ZF-ACC-01): delays traced to the responsible stage and person,
/// the latest first. Parameters the policy does not set are listed, so that a limit without one is never
/// silently treated as met.
/// </summary>
/// <param name="AsOf">The date of the report.</param>
/// <param name="Lines">The late steps, most working days late first, then by case and limit.</param>
/// <param name="NotSet">The IDs of parameters some case needed and the policy does not set.</param>
public sealed record AccountabilityReport(LocalDate AsOf, ImmutableArray<AccountabilityLine> Lines, ImmutableArray<string> NotSet)
{
    /// <inheritdoc/>
    public bool Equals(AccountabilityReport? other) =>
        other is not null && AsOf == other.AsOf && Lines.SequenceEqual(other.Lines) && NotSet.SequenceEqual(other.NotSet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Lines.Length, NotSet.Length);
}
