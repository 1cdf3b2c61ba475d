using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>
/// What medical assistance reads of one bill, as a value: a <see cref="Caseload"/> keeps its bills in one contiguous
/// array of these, and the fast path reads a bill the same way whether it came from there or from a <see cref="MedicalBill"/>.
/// </summary>
/// <remarks>Fields rather than properties: the fast path reads them in place.</remarks>
internal readonly struct BillFacts(MedicalBill bill)
{
    public readonly int MemberIndex = bill.MemberIndex;

    public readonly bool Inpatient = bill.Inpatient;

    public readonly bool SeriousIllness = bill.SeriousIllness;

    public readonly bool ImpoverishedByIllness = bill.ImpoverishedByIllness;

    /// <summary>MA-02: the eligible out-of-pocket remainder.</summary>
    public readonly Money Remainder = bill.Remainder;

    private readonly ImmutableArray<Money> alreadyPaidThisYear = bill.AlreadyPaidThisYear;

    private readonly ImmutableArray<Money> deductibleMetThisYear = bill.DeductibleMetThisYear;

    /// <inheritdoc cref="MedicalBill.AlreadyPaid(int)"/>
    public Money AlreadyPaid(int stage) => MedicalBill.ByStage(alreadyPaidThisYear, stage);

    /// <inheritdoc cref="MedicalBill.DeductibleMet(int)"/>
    public Money DeductibleMet(int stage) => MedicalBill.ByStage(deductibleMetThisYear, stage);
}
