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
        var paid = Pay(bill, group, policy, date);
        return (group, paid.Covered, paid.Serious, paid.PaidYuan);
    }

    /// <summary>
    /// What a bill of a patient in a group is paid, with what each stage paid and how much of each stage's deductible
    /// the bill met (the smaller of the deductible left and what was unpaid at that stage), for the bills after it.
    /// </summary>
    public static (bool Covered, bool Serious, decimal PaidYuan, decimal[] StagePaid, decimal[] StageMet) Pay(MedicalBill bill, MedicalGroup group, PolicySet policy, LocalDate date)
    {
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
            return (false, false, 0m, [], []);
        }

        // MA-02: the eligible remainder after excluded items and every insurance payment.
        var unpaid = Math.Max(0m, bill.TotalCost.Yuan - bill.ExcludedCost.Yuan - bill.BasicInsurancePaid.Yuan - bill.CriticalIllnessInsurancePaid.Yuan - bill.SupplementaryPaid.Yuan);
        var disposable = policy.ValueAt(MedicalParameters.DisposableIncomePerCapita, date).Value.Value.Yuan;
        var total = 0m;
        var stagePaid = new decimal[scheme.Stages.Length];
        var stageMet = new decimal[scheme.Stages.Length];
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
            var left = Math.Max(0m, deductible - met);
            var basis = Math.Max(0m, unpaid - left);
            stageMet[s] = Math.Min(left, unpaid);

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
            stagePaid[s] = paid;
            unpaid -= paid;
            total += paid;
        }

        return (true, serious, total, stagePaid, stageMet);
    }

    /// <summary>MA-01: the patient's group, highest claim first.</summary>
    public static MedicalGroup Group(Household household, MedicalBill bill, PolicySet policy, LocalDate date)
    {
        var margin = MarginReference.Decide(household, policy, date);
        return Group(
            household, bill, policy, date,
            MarginReference.ExtremePoverty(household, policy, date),
            DibaoReference.Decide(household, policy, date).Outcome != DibaoOutcome.Ineligible,
            margin.Exclusion == MarginExclusion.None,
            margin.SingleMembers);
    }

    /// <summary>MA-01 on the household's standing as already decided: extreme-poverty members, dibao, margin and members enrolled alone.</summary>
    public static MedicalGroup Group(Household household, MedicalBill bill, PolicySet policy, LocalDate date, int[] extremePoverty, bool dibao, bool margin, int[] singleMembers)
    {
        var counted = DibaoReference.Counts(household.Members[bill.MemberIndex], policy, date);
        return extremePoverty.Contains(bill.MemberIndex) ? MedicalGroup.ExtremePoverty
            : (counted && dibao) || singleMembers.Contains(bill.MemberIndex) ? MedicalGroup.Dibao
            : counted && margin ? MedicalGroup.Margin
            : bill.ImpoverishedByIllness ? MedicalGroup.ImpoverishedByIllness
            : MedicalGroup.OtherResident;
    }
}
