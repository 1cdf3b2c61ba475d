using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>A window accepted the request and routed its needs, one task per department (一门受理、协同办理; ZF-WF-02, ZF-WF-04).</summary>
public sealed record CaseAccepted : CaseEvent
{
    /// <summary>The needs, in need order.</summary>
    public required ImmutableArray<Need> Needs { get; init; }

    /// <summary>One open task per department, from the routing table in force.</summary>
    public required ImmutableArray<DepartmentTask> Tasks { get; init; }

    /// <inheritdoc/>
    public bool Equals(CaseAccepted? other) => base.Equals(other) && Needs.SequenceEqual(other.Needs) && Tasks.SequenceEqual(other.Tasks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Needs.Length, Tasks.Length);
}
