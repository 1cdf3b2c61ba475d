namespace DomainKit.Assistance;

/// <summary>The figures of the means test for one household on one date, computed without allocating.</summary>
internal readonly struct MeansTestFigures(int listedMembers, int countedMembers, long countedIncomeFen)
{
    public int ListedMembers { get; } = listedMembers;

    public int CountedMembers { get; } = countedMembers;

    /// <summary>HH-03: counted income of counted members over the assessment window, exact.</summary>
    public long CountedIncomeFen { get; } = countedIncomeFen;
}
