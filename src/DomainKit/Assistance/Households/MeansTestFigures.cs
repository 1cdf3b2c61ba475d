namespace DomainKit.Assistance;

/// <summary>The figures of the means test for one household on one date, computed without allocating.</summary>
/// <remarks>
/// Fields rather than properties: the fast path reads nested figures in place, where a property would copy
/// the whole enclosing struct on every read.
/// </remarks>
internal readonly struct MeansTestFigures(int listedMembers, MemberSet counted, long countedIncomeFen, MemberSet extremePovertyCandidates, MemberSet refusedReferrals, MemberSet fullStandard)
{
    public readonly int ListedMembers = listedMembers;

    /// <summary>HH-01, HH-02: the members who count.</summary>
    public readonly MemberSet Counted = counted;

    public int CountedMembers => Counted.Count;

    /// <summary>HH-03: counted income of counted members over the assessment window, exact.</summary>
    public readonly long CountedIncomeFen = countedIncomeFen;

    /// <summary>TK-01 to TK-04 except the household property test.</summary>
    public readonly MemberSet ExtremePovertyCandidates = extremePovertyCandidates;

    /// <summary>DB-07: counted members able to work who refused the policy's number of job referrals.</summary>
    public readonly MemberSet RefusedReferrals = refusedReferrals;

    /// <summary>DB-13: counted members with no income, no ability to work and no supporter, where the policy sets a floor.</summary>
    public readonly MemberSet FullStandard = fullStandard;
}
