using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace DomainKit.Assistance;

/// <summary>The arithmetic of medical assistance, shared by the fast and explained paths.</summary>
internal static class MedicalCalculator
{
    /// <summary>MA-01: the patient's group, highest claim first.</summary>
    public static MedicalGroup Group(MedicalClaim claim, MedicalTerms terms) =>
        Group(MarginFigures.Compute(claim.Household, terms.Margin), claim.Bill);

    /// <summary>MA-01 on figures already computed for the household, so a household's bills share one means test.</summary>
    public static MedicalGroup Group(in MarginFigures margin, MedicalBill bill) => Group(margin, new BillFacts(bill));

    /// <inheritdoc cref="Group(in MarginFigures, MedicalBill)"/>
    public static MedicalGroup Group(in MarginFigures margin, in BillFacts bill)
    {
        var index = bill.MemberIndex;
        var counted = margin.Dibao.MeansTest.Counted.Contains(index);
        if (margin.ExtremePoverty.Contains(index))
        {
            return MedicalGroup.ExtremePoverty;
        }

        if ((counted && margin.Dibao.Recipient) || margin.SingleMemberDibao.Contains(index))
        {
            return MedicalGroup.Dibao;
        }

        if (counted && margin.Exclusion == MarginExclusion.None)
        {
            return MedicalGroup.Margin;
        }

        return bill.ImpoverishedByIllness ? MedicalGroup.ImpoverishedByIllness : MedicalGroup.OtherResident;
    }

    /// <summary>Whether the serious-illness scheme replaces the group's for this bill (ZF-MA-02, ZF-MA-04).</summary>
    public static bool UsesSeriousIllnessScheme(MedicalBill bill, MedicalGroup group, MedicalTerms terms) =>
        UsesSeriousIllnessScheme(new BillFacts(bill), group, terms);

    /// <inheritdoc cref="UsesSeriousIllnessScheme(MedicalBill, MedicalGroup, MedicalTerms)"/>
    public static bool UsesSeriousIllnessScheme(in BillFacts bill, MedicalGroup group, MedicalTerms terms) =>
        bill.Inpatient && bill.SeriousIllness && terms.SchemeSeriousIllness is not null
        && terms.SeriousIllnessGroups is { } groups && groups.Value.Contains(group);

    public static MedicalAssessment Assess(MedicalClaim claim, MedicalTerms terms) =>
        Assess(claim.Bill, Group(claim, terms), terms);

    public static MedicalAssessment Assess(MedicalBill bill, MedicalGroup group, MedicalTerms terms) => Assess(new BillFacts(bill), group, terms);

    /// <inheritdoc cref="Assess(MedicalBill, MedicalGroup, MedicalTerms)"/>
    public static MedicalAssessment Assess(in BillFacts bill, MedicalGroup group, MedicalTerms terms)
    {
        var serious = UsesSeriousIllnessScheme(bill, group, terms);
        var scheme = Scheme(serious, group, terms);
        if (scheme is not { } applicable)
        {
            return new MedicalAssessment(group, covered: false, seriousIllnessScheme: false, Money.Zero);
        }

        var unpaid = bill.Remainder;
        var total = Money.Zero;
        var stages = applicable.Value.Stages;
        for (var s = 0; s < stages.Length; s++)
        {
            var paid = Stage(stages[s], unpaid, bill.AlreadyPaid(s), bill.DeductibleMet(s), terms.DisposableIncomePerCapita.Value).Paid;
            unpaid -= paid;
            total += paid;
        }

        return new MedicalAssessment(group, covered: true, serious, total);
    }

    /// <summary>The scheme that pays: the serious-illness scheme, or the group's own; null when the policy sets none.</summary>
    public static Policies.DatedValue<MedicalAssistanceScheme>? Scheme(bool seriousIllness, MedicalGroup group, MedicalTerms terms) =>
        seriousIllness ? terms.SchemeSeriousIllness : terms.GroupScheme(group);

    /// <summary>What each stage of the applicable scheme paid, in the order the stages apply.</summary>
    /// <remarks>The explained counterpart of <see cref="Assess(MedicalBill, MedicalGroup, MedicalTerms)"/>, which sums the same stages without keeping them.</remarks>
    public static ImmutableArray<MedicalStageResult> StageResults(MedicalClaim claim, MedicalTerms terms, MedicalAssessment assessment)
    {
        var bill = claim.Bill;
        var scheme = Scheme(assessment.SeriousIllnessScheme, assessment.Group, terms);
        if (!assessment.Covered || scheme is not { } applicable)
        {
            return [];
        }

        var results = new MedicalStageResult[applicable.Value.Stages.Length];
        var unpaid = bill.Remainder;
        for (var s = 0; s < results.Length; s++)
        {
            var stage = applicable.Value.Stages[s];
            results[s] = Stage(stage, unpaid, bill.AlreadyPaid(s), bill.DeductibleMet(s), terms.DisposableIncomePerCapita.Value).ToResult(stage);
            unpaid -= results[s].Paid;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    /// <summary>
    /// One stage: amount = min(cap − paid this year, banded ratio × max(0, unpaid − deductible left this year)); the
    /// deductible is annual (MA-03), so what earlier bills met is not charged again; the banded product is rounded
    /// once, half away from zero (GEN-02), before the cap is applied.
    /// </summary>
    public static StageFigures Stage(MedicalStage stage, Money unpaid, Money alreadyPaid, Money deductibleMet, Money disposableIncome)
    {
        var deductible = stage.Deductible.For(disposableIncome);
        var deductibleLeft = Money.Max(Money.Zero, deductible - deductibleMet);
        var baseAmount = Money.Max(Money.Zero, unpaid - deductibleLeft);
        var computed = stage.BandedAmount(baseAmount.Fen);
        var capLeft = Money.Max(Money.Zero, stage.AnnualCap - alreadyPaid);
        return new StageFigures(unpaid, deductible, deductibleLeft, baseAmount, computed, capLeft, Money.Min(computed, capLeft));
    }

    /// <summary>A stage's figures without allocating; the explained path turns them into a <see cref="MedicalStageResult"/>.</summary>
    internal readonly record struct StageFigures(Money Unpaid, Money Deductible, Money DeductibleLeft, Money Base, Money Computed, Money CapLeft, Money Paid)
    {
        public MedicalStageResult ToResult(MedicalStage stage) => new()
        {
            Stage = stage,
            Unpaid = Unpaid,
            Deductible = Deductible,
            DeductibleLeft = DeductibleLeft,
            Base = Base,
            Computed = Computed,
            CapLeft = CapLeft,
            Paid = Paid,
        };
    }
}
