using System.Collections.Immutable;
using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>
/// What a command read from JSON needs besides the case: the policy set and the working-day calendar in force, the
/// fund ledger as it stands, and the charity projects the service runs (a command names a project by its ID; the
/// project's terms are never taken from the command).
/// </summary>
/// <param name="Policy">The policy set the command is checked against.</param>
/// <param name="Calendar">The working-day calendar time limits are counted on (GEN-01).</param>
/// <param name="Ledger">The fund ledger, for commands that move money.</param>
/// <param name="CharityProjects">The charity projects a referral may name.</param>
public sealed record CaseCommandContext(PolicySet Policy, WorkingDayCalendar Calendar, FundLedger Ledger, ImmutableArray<CharityProject> CharityProjects)
{
    /// <summary>A context without charity projects.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="ledger">The fund ledger.</param>
    public CaseCommandContext(PolicySet policy, WorkingDayCalendar calendar, FundLedger ledger)
        : this(policy, calendar, ledger, [])
    {
    }

    /// <inheritdoc/>
    public bool Equals(CaseCommandContext? other) =>
        other is not null && Policy.Equals(other.Policy) && Calendar.Equals(other.Calendar) && ReferenceEquals(Ledger, other.Ledger) && CharityProjects.SequenceEqual(other.CharityProjects);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Policy, Calendar, Ledger.Version, CharityProjects.Length);
}
