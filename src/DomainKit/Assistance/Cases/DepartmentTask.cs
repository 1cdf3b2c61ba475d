using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>
/// One department's share of a jointly handled case (协同办理, ZF-WF-02): the needs routed to it, and who
/// completed it. A case closes only when every task is done.
/// </summary>
/// <param name="Department">The department.</param>
/// <param name="Needs">The needs the department handles, in need order.</param>
/// <param name="CompletedBy">The staff ID that completed the task, or null while it is open.</param>
public sealed record DepartmentTask(Department Department, ImmutableArray<Need> Needs, string? CompletedBy)
{
    /// <summary>Whether the department has finished its part.</summary>
    public bool IsDone => CompletedBy is not null;

    /// <inheritdoc/>
    public bool Equals(DepartmentTask? other) =>
        other is not null && Department == other.Department && Needs.SequenceEqual(other.Needs) && CompletedBy == other.CompletedBy;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Department, Needs.Length, CompletedBy);
}
