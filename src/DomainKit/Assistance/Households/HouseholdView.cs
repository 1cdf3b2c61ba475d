namespace DomainKit.Assistance;

/// <summary>
/// What the fast path reads of one household, wherever it is stored: the members' packed facts, the property and the
/// dibao history. A <see cref="Household"/> gives a view of its own arrays; a <see cref="Caseload"/> gives a view of a
/// slice of its contiguous arrays. The rules read only the view, so both layouts are decided by the same code.
/// </summary>
internal readonly ref struct HouseholdView(ReadOnlySpan<MemberFacts> facts, long financialAssetsFen, int homesOwned, long businessEquityFen, DibaoHistory? dibaoHistory)
{
    public readonly ReadOnlySpan<MemberFacts> Facts = facts;

    public readonly long FinancialAssetsFen = financialAssetsFen;

    public readonly int HomesOwned = homesOwned;

    public readonly long BusinessEquityFen = businessEquityFen;

    public readonly DibaoHistory? DibaoHistory = dibaoHistory;
}
