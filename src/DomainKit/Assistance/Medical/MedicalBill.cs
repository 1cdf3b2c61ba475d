using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>A medical bill of one household member, after insurance has paid (MA-02).</summary>
/// <remarks>
/// Holds amounts and flags only, never a diagnosis: <see cref="SeriousIllness"/> says the bill is for a
/// serious illness (重特大疾病) as the health authority classifies it. Validated with its household by
/// <see cref="MedicalClaim.Create"/>. Instances are immutable and thread-safe.
/// </remarks>
public sealed record MedicalBill
{
    /// <summary>The patient's position in <see cref="Household.Members"/>.</summary>
    public required int MemberIndex { get; init; }

    /// <summary>The total cost of the treatment.</summary>
    public required Money TotalCost { get; init; }

    /// <summary>Costs outside the catalogue medical assistance pays for (目录外, self-paid items).</summary>
    public Money ExcludedCost { get; init; }

    /// <summary>What basic medical insurance paid.</summary>
    public Money BasicInsurancePaid { get; init; }

    /// <summary>What critical-illness insurance (大病保险) paid.</summary>
    public Money CriticalIllnessInsurancePaid { get; init; }

    /// <summary>What supplementary cover paid.</summary>
    public Money SupplementaryPaid { get; init; }

    /// <summary>Whether the treatment was inpatient.</summary>
    public bool Inpatient { get; init; }

    /// <summary>Whether the bill is for a serious illness (重特大疾病); with <see cref="Inpatient"/>, the serious-illness scheme may apply.</summary>
    public bool SeriousIllness { get; init; }

    /// <summary>Whether the county has recognised the patient as impoverished by illness (因病致贫).</summary>
    public bool ImpoverishedByIllness { get; init; }

    /// <summary>What each stage of the applicable scheme has already paid the patient this year (MA-05), by stage; missing stages count as zero.</summary>
    public ImmutableArray<Money> AlreadyPaidThisYear { get; init; } = [];

    /// <summary>
    /// How much of each stage's deductible the patient's earlier bills this year have already met (MA-03: the deductible
    /// is annual), by stage; missing stages count as zero. A stage charges only what is left of its deductible, so the
    /// second bill of a year does not pay the deductible again.
    /// </summary>
    public ImmutableArray<Money> DeductibleMetThisYear { get; init; } = [];

    /// <summary>The eligible out-of-pocket remainder: cost less excluded items and every insurance payment (MA-02), never negative.</summary>
    public Money Remainder => Money.Max(Money.Zero, TotalCost - ExcludedCost - BasicInsurancePaid - CriticalIllnessInsurancePaid - SupplementaryPaid);

    /// <summary>What a stage has already paid this year.</summary>
    /// <param name="stage">The stage's position in the scheme.</param>
    /// <returns>The amount, zero when not given.</returns>
    public Money AlreadyPaid(int stage) => ByStage(AlreadyPaidThisYear, stage);

    /// <summary>How much of a stage's deductible is already met this year.</summary>
    /// <param name="stage">The stage's position in the scheme.</param>
    /// <returns>The amount, zero when not given.</returns>
    public Money DeductibleMet(int stage) => ByStage(DeductibleMetThisYear, stage);

    /// <summary>A stage's amount from a by-stage list in which missing stages count as zero.</summary>
    internal static Money ByStage(ImmutableArray<Money> amounts, int stage) => !amounts.IsDefault && stage < amounts.Length ? amounts[stage] : Money.Zero;
}
