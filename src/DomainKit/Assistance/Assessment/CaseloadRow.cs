namespace DomainKit.Assistance;

/// <summary>
/// One household of a <see cref="Caseload"/>: where its members and bills start in the caseload's contiguous arrays,
/// its property, and the rarer parts that stay objects (a dibao history, an expenditure claim, a temporary request).
/// </summary>
/// <remarks>Fields rather than properties: the batch reads rows in place, one after another.</remarks>
internal readonly struct CaseloadRow(
    int memberStart,
    int memberCount,
    int billStart,
    int billCount,
    HouseholdAssets assets,
    DibaoHistory? dibaoHistory,
    ExpenditureClaim? expenditure,
    TemporaryAssistanceRequest? temporary,
    MedicalClaim[]? billsInYearOrder)
{
    public readonly int MemberStart = memberStart;

    public readonly int MemberCount = memberCount;

    public readonly int BillStart = billStart;

    public readonly int BillCount = billCount;

    public readonly long FinancialAssetsFen = assets.FinancialAssets.Fen;

    public readonly long BusinessEquityFen = assets.BusinessEquity.Fen;

    public readonly int HomesOwned = assets.HomesOwned;

    public readonly DibaoHistory? DibaoHistory = dibaoHistory;

    public readonly ExpenditureClaim? Expenditure = expenditure;

    public readonly TemporaryAssistanceRequest? Temporary = temporary;

    /// <summary>
    /// The household's bills as claims, kept only when one patient brings two bills: those are decided in order, each
    /// counting what the earlier ones paid and met (MA-03, MA-05), which the object path already does. Null otherwise.
    /// </summary>
    public readonly MedicalClaim[]? BillsInYearOrder = billsInYearOrder;
}
