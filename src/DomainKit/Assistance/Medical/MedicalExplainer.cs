using System.Collections.Immutable;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of a medical-assistance decision from the same arithmetic the fast path runs.</summary>
internal static class MedicalExplainer
{
    public static MedicalDecision Explain(MedicalClaim claim, MedicalTerms terms) => Explain(claim, terms, MedicalCalculator.Group(claim, terms));

    /// <summary>Explains on the patient's group already found by the household's shared means test.</summary>
    public static MedicalDecision Explain(MedicalClaim claim, MedicalTerms terms, MedicalGroup group) =>
        new(claim, terms, MedicalCalculator.Assess(claim.Bill, group, terms));

    internal static ImmutableArray<ExplanationStep> Steps(MedicalClaim claim, MedicalTerms terms, MedicalAssessment assessment, ImmutableArray<MedicalStageResult> stages)
    {
        var bill = claim.Bill;
        var group = assessment.Group;
        var serious = MedicalCalculator.UsesSeriousIllnessScheme(bill, group, terms);
        var scheme = MedicalCalculator.Scheme(serious, group, terms);
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>(stages.Length + 4);
        steps.Add(GroupStep(MemberPath.Member.At(bill.MemberIndex), group, bill));
        steps.Add(SchemeStep(group, serious, scheme, terms, bill));
        if (!assessment.Covered)
        {
            return steps.ToImmutable();
        }

        steps.Add(RemainderStep(bill));
        for (var s = 0; s < stages.Length; s++)
        {
            steps.Add(StageStep(stages[s], s, bill.AlreadyPaid(s), bill.DeductibleMet(s), terms));
        }

        steps.Add(StepBuilder.Computed("MA-06", MessageKeys.MedicalTotal).Arg("amount", assessment.Amount).Build());
        return steps.ToImmutable();
    }

    private static ExplanationStep GroupStep(string label, MedicalGroup group, MedicalBill bill) =>
        StepBuilder.Computed(MedicalAssistance.CoverageRuleId, MessageKeys.MedicalGroup(group))
            .Arg("member", label)
            .Input("bill.memberIndex", bill.MemberIndex)
            .Input("bill.impoverishedByIllness", bill.ImpoverishedByIllness)
            .Build();

    private static ExplanationStep SchemeStep(MedicalGroup group, bool serious, DatedValue<MedicalAssistanceScheme>? scheme, MedicalTerms terms, MedicalBill bill)
    {
        if (scheme is not { } applicable)
        {
            return StepBuilder.Test(MedicalAssistance.CoverageRuleId, false, MessageKeys.MedicalSchemeNone)
                .Term("group", MessageKeys.MedicalGroupTerm(group))
                .Input("bill.inpatient", bill.Inpatient)
                .Input("bill.seriousIllness", bill.SeriousIllness)
                .Build();
        }

        if (serious)
        {
            return StepBuilder.Test("ZF-MA-04", true, MessageKeys.MedicalSchemeSerious)
                .Term("group", MessageKeys.MedicalGroupTerm(group))
                .Parameter(MedicalParameters.SchemeSeriousIllness, applicable)
                .Parameter(MedicalParameters.SeriousIllnessGroups, terms.SeriousIllnessGroups!.Value)
                .Input("bill.inpatient", true)
                .Input("bill.seriousIllness", true)
                .Child(StepBuilder.Computed("ZF-MA-02", MessageKeys.MedicalSchemeSeriousRatio).Arg("from", applicable.EffectiveFrom).Build())
                .Child(StepBuilder.Computed("ZF-MA-03", MessageKeys.MedicalSchemeSeriousCap).Arg("from", applicable.EffectiveFrom).Build())
                .Build();
        }

        return StepBuilder.Test(MedicalAssistance.CoverageRuleId, true, MessageKeys.MedicalSchemeGroup)
            .Term("group", MessageKeys.MedicalGroupTerm(group))
            .Parameter(MedicalTerms.GroupSchemeParameter(group)!, applicable)
            .Build();
    }

    private static ExplanationStep RemainderStep(MedicalBill bill) =>
        StepBuilder.Computed("MA-02", MessageKeys.MedicalRemainder)
            .Arg("total", bill.TotalCost)
            .Arg("excluded", bill.ExcludedCost)
            .Arg("basic", bill.BasicInsurancePaid)
            .Arg("critical", bill.CriticalIllnessInsurancePaid)
            .Arg("supplementary", bill.SupplementaryPaid)
            .Arg("remainder", bill.Remainder)
            .Input("bill.totalCost", bill.TotalCost)
            .Input("bill.excludedCost", bill.ExcludedCost)
            .Input("bill.basicInsurancePaid", bill.BasicInsurancePaid)
            .Input("bill.criticalIllnessInsurancePaid", bill.CriticalIllnessInsurancePaid)
            .Input("bill.supplementaryPaid", bill.SupplementaryPaid)
            .Build();

    private static ExplanationStep StageStep(MedicalStageResult result, int index, Money alreadyPaid, Money deductibleMet, MedicalTerms terms)
    {
        var stage = result.Stage;
        var deductible = stage.Deductible.Kind switch
        {
            DeductibleKind.Fixed => StepBuilder.Computed("MA-03", MessageKeys.MedicalDeductibleFixed),
            DeductibleKind.ShareOfDisposableIncome => StepBuilder.Computed("MA-03", MessageKeys.MedicalDeductibleShare)
                .Arg("share", stage.Deductible.Share.ToString())
                .Arg("income", terms.DisposableIncomePerCapita.Value)
                .Parameter(MedicalParameters.DisposableIncomePerCapita, terms.DisposableIncomePerCapita),
            _ => StepBuilder.Computed("MA-03", MessageKeys.MedicalDeductibleNone),
        };
        deductible.Arg("deductible", result.Deductible).Arg("unpaid", result.Unpaid).Arg("base", result.Base);
        if (stage.Deductible.Kind != DeductibleKind.None)
        {
            deductible.Arg("met", deductibleMet).Arg("left", result.DeductibleLeft)
                .Input(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bill.deductibleMetThisYear[{index}]"), deductibleMet);
        }


        var ratio = StepBuilder.Computed("MA-04", MessageKeys.MedicalRatio).Arg("base", result.Base).Arg("computed", result.Computed);
        long lower = 0;
        foreach (var band in stage.Bands)
        {
            var upper = band.UpTo is { } edge ? Math.Min(edge.Fen, result.Base.Fen) : result.Base.Fen;
            if (upper <= lower)
            {
                break;
            }

            ratio.Child(StepBuilder.Computed("MA-06", MessageKeys.MedicalBand)
                .Arg("ratio", band.Ratio.ToString())
                .Arg("portion", Money.FromFen(upper - lower))
                .Arg("from", Money.FromFen(lower))
                .Arg("to", Money.FromFen(upper))
                .Build());
            lower = upper;
        }

        var capped = result.CapLeft < result.Computed;
        var cap = StepBuilder.Test("MA-05", !capped, capped ? MessageKeys.MedicalCapReached : MessageKeys.MedicalCapWithin)
            .Arg("cap", stage.AnnualCap)
            .Arg("already", alreadyPaid)
            .Arg("left", result.CapLeft)
            .Arg("computed", result.Computed)
            .Arg("paid", result.Paid)
            .Input(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bill.alreadyPaidThisYear[{index}]"), alreadyPaid);

        return StepBuilder.Computed("MA-06", MessageKeys.MedicalStage)
            .Arg("name", stage.Name)
            .Arg("paid", result.Paid)
            .Arg("unpaid", result.Unpaid)
            .Child(deductible.Build())
            .Child(ratio.Build())
            .Child(cap.Build())
            .Build();
    }
}
