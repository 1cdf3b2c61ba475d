using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// A deliberately plain reference model of medical assistance for one bill (MA-01 to MA-06, ZF-MA-01 to ZF-MA-04),
/// written from the policy specification with decimal yuan. The patient's group comes from the dibao and margin
/// reference models; the arithmetic is the specification's single-stage formula applied stage after stage.
/// </summary>
internal static class MedicalReference
{
    public static (MedicalGroup Group, bool Covered, bool Serious, decimal PaidYuan) Decide(Household household, MedicalBill bill, PolicySet policy, LocalDate date)
    {
        var group = Group(household, bill, policy, date);

        // ZF-MA-02, ZF-MA-04: a serious-illness inpatient bill uses the serious-illness scheme where it exists and covers the group.
        var serious = bill.Inpatient && bill.SeriousIllness
            && policy.ValueAtOrNull(MedicalParameters.SchemeSeriousIllness, date) is not null
            && policy.ValueAtOrNull(MedicalParameters.SeriousIllnessGroups, date) is { } groups && groups.Value.Contains(group);
        var scheme = serious
            ? policy.ValueAtOrNull(MedicalParameters.SchemeSeriousIllness, date)?.Value
            : group switch
            {
                MedicalGroup.ExtremePoverty => policy.ValueAtOrNull(MedicalParameters.SchemeExtremePoverty, date)?.Value,
                MedicalGroup.Dibao => policy.ValueAtOrNull(MedicalParameters.SchemeDibao, date)?.Value,
                MedicalGroup.Margin => policy.ValueAtOrNull(MedicalParameters.SchemeMargin, date)?.Value,
                MedicalGroup.ImpoverishedByIllness => policy.ValueAtOrNull(MedicalParameters.SchemeImpoverishedByIllness, date)?.Value,
                _ => null,
            };
        if (scheme is null)
        {
            return (group, false, false, 0m);
        }

        // MA-02: the eligible remainder after excluded items and every insurance payment.
        var unpaid = Math.Max(0m, bill.TotalCost.Yuan - bill.ExcludedCost.Yuan - bill.BasicInsurancePaid.Yuan - bill.CriticalIllnessInsurancePaid.Yuan - bill.SupplementaryPaid.Yuan);
        var disposable = policy.ValueAt(MedicalParameters.DisposableIncomePerCapita, date).Value.Value.Yuan;
        var total = 0m;
        for (var s = 0; s < scheme.Stages.Length; s++)
        {
            var stage = scheme.Stages[s];

            // MA-03: the annual deductible, less what earlier bills of the year met of it.
            var deductible = stage.Deductible.Kind switch
            {
                DeductibleKind.Fixed => stage.Deductible.Amount.Yuan,
                DeductibleKind.ShareOfDisposableIncome => Math.Round(disposable * stage.Deductible.Share.Value, 2, MidpointRounding.AwayFromZero),
                _ => 0m,
            };
            var met = s < bill.DeductibleMetThisYear.Length ? bill.DeductibleMetThisYear[s].Yuan : 0m;
            var basis = Math.Max(0m, unpaid - Math.Max(0m, deductible - met));

            // MA-04, MA-06: each band's ratio on the part of the base inside the band, rounded once.
            var banded = 0m;
            var lower = 0m;
            foreach (var band in stage.Bands)
            {
                var upper = band.UpTo?.Yuan ?? decimal.MaxValue;
                banded += Math.Max(0m, Math.Min(basis, upper) - lower) * band.Ratio.Value;
                lower = upper;
            }

            // MA-05: the annual cap less what the stage already paid this year.
            var paidBefore = s < bill.AlreadyPaidThisYear.Length ? bill.AlreadyPaidThisYear[s].Yuan : 0m;
            var paid = Math.Min(Math.Round(banded, 2, MidpointRounding.AwayFromZero), Math.Max(0m, stage.AnnualCap.Yuan - paidBefore));
            unpaid -= paid;
            total += paid;
        }

        return (group, true, serious, total);
    }

    /// <summary>MA-01: the patient's group, highest claim first.</summary>
    public static MedicalGroup Group(Household household, MedicalBill bill, PolicySet policy, LocalDate date)
    {
        int Value(PolicyParameter<int> parameter) => policy.ValueAt(parameter, date).Value.Value;
        var patient = household.Members[bill.MemberIndex];
        var counted = DibaoReference.Counts(patient, date, Value(MeansTestParameters.AdultAge), Value(MeansTestParameters.ClergyYearsAway));
        if (MarginReference.ExtremePoverty(household, policy, date).Contains(bill.MemberIndex))
        {
            return MedicalGroup.ExtremePoverty;
        }

        var margin = MarginReference.Decide(household, policy, date);
        if ((counted && DibaoReference.Decide(household, policy, date).Outcome != DibaoOutcome.Ineligible) || margin.SingleMembers.Contains(bill.MemberIndex))
        {
            return MedicalGroup.Dibao;
        }

        if (counted && margin.Exclusion == MarginExclusion.None)
        {
            return MedicalGroup.Margin;
        }

        return bill.ImpoverishedByIllness ? MedicalGroup.ImpoverishedByIllness : MedicalGroup.OtherResident;
    }
}
